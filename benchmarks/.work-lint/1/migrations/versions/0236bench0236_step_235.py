"""step 235

Revision ID: 0236bench0236
Revises: 0235bench0235
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0236bench0236'
down_revision = '0235bench0235'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0235",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0235")
