"""step 895

Revision ID: 0896bench0896
Revises: 0895bench0895
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0896bench0896'
down_revision = '0895bench0895'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0895",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0895")
