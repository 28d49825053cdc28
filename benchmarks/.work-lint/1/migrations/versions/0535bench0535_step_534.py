"""step 534

Revision ID: 0535bench0535
Revises: 0534bench0534
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0535bench0535'
down_revision = '0534bench0534'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0534",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0534")
