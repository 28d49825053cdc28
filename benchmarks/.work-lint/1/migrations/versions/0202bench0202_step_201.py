"""step 201

Revision ID: 0202bench0202
Revises: 0201bench0201
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0202bench0202'
down_revision = '0201bench0201'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0201",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0201")
