"""step 390

Revision ID: 0391bench0391
Revises: 0390bench0390
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0391bench0391'
down_revision = '0390bench0390'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0390",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0390")
