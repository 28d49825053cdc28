"""step 795

Revision ID: 0796bench0796
Revises: 0795bench0795
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0796bench0796'
down_revision = '0795bench0795'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0795",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0795")
