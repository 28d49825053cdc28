"""step 309

Revision ID: 0310bench0310
Revises: 0309bench0309
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0310bench0310'
down_revision = '0309bench0309'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0309",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0309")
