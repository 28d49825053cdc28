"""step 291

Revision ID: 0292bench0292
Revises: 0291bench0291
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0292bench0292'
down_revision = '0291bench0291'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0291",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0291")
