"""step 796

Revision ID: 0797bench0797
Revises: 0796bench0796
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0797bench0797'
down_revision = '0796bench0796'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0796",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0796")
