"""step 723

Revision ID: 0724bench0724
Revises: 0723bench0723
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0724bench0724'
down_revision = '0723bench0723'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0723",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0723")
