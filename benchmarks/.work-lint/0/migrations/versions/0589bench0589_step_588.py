"""step 588

Revision ID: 0589bench0589
Revises: 0588bench0588
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0589bench0589'
down_revision = '0588bench0588'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0588",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0588")
