"""step 620

Revision ID: 0621bench0621
Revises: 0620bench0620
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0621bench0621'
down_revision = '0620bench0620'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0620",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0620")
