"""step 980

Revision ID: 0981bench0981
Revises: 0980bench0980
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0981bench0981'
down_revision = '0980bench0980'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0980",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0980")
