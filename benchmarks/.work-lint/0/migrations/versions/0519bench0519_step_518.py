"""step 518

Revision ID: 0519bench0519
Revises: 0518bench0518
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0519bench0519'
down_revision = '0518bench0518'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0518",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0518")
