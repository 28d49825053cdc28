"""step 759

Revision ID: 0760bench0760
Revises: 0759bench0759
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0760bench0760'
down_revision = '0759bench0759'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0759",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0759")
