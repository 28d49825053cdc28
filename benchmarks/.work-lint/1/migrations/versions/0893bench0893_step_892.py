"""step 892

Revision ID: 0893bench0893
Revises: 0892bench0892
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0893bench0893'
down_revision = '0892bench0892'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0892",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0892")
