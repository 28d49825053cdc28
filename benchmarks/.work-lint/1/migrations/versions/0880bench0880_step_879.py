"""step 879

Revision ID: 0880bench0880
Revises: 0879bench0879
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0880bench0880'
down_revision = '0879bench0879'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0879",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0879")
