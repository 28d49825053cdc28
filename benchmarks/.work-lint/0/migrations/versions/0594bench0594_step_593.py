"""step 593

Revision ID: 0594bench0594
Revises: 0593bench0593
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0594bench0594'
down_revision = '0593bench0593'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0593",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0593")
