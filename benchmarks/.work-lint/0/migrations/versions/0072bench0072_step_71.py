"""step 71

Revision ID: 0072bench0072
Revises: 0071bench0071
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0072bench0072'
down_revision = '0071bench0071'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0071",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0071")
