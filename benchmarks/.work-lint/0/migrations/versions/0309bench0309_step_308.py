"""step 308

Revision ID: 0309bench0309
Revises: 0308bench0308
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0309bench0309'
down_revision = '0308bench0308'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0308",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0308")
