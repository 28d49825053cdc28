"""step 327

Revision ID: 0328bench0328
Revises: 0327bench0327
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0328bench0328'
down_revision = '0327bench0327'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0327",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0327")
