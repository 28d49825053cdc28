"""step 722

Revision ID: 0723bench0723
Revises: 0722bench0722
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0723bench0723'
down_revision = '0722bench0722'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0722",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0722")
