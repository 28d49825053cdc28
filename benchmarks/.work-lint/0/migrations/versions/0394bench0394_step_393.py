"""step 393

Revision ID: 0394bench0394
Revises: 0393bench0393
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0394bench0394'
down_revision = '0393bench0393'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0393",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0393")
