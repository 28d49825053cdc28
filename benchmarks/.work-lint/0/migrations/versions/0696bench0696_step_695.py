"""step 695

Revision ID: 0696bench0696
Revises: 0695bench0695
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0696bench0696'
down_revision = '0695bench0695'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0695",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0695")
