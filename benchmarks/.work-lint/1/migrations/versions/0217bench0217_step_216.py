"""step 216

Revision ID: 0217bench0217
Revises: 0216bench0216
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0217bench0217'
down_revision = '0216bench0216'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0216",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0216")
