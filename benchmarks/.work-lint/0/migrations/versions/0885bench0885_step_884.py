"""step 884

Revision ID: 0885bench0885
Revises: 0884bench0884
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0885bench0885'
down_revision = '0884bench0884'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0884",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0884")
