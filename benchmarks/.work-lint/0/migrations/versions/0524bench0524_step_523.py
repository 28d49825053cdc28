"""step 523

Revision ID: 0524bench0524
Revises: 0523bench0523
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0524bench0524'
down_revision = '0523bench0523'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0523",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0523")
