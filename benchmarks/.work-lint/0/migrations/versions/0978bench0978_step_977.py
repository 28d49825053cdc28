"""step 977

Revision ID: 0978bench0978
Revises: 0977bench0977
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0978bench0978'
down_revision = '0977bench0977'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0977",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0977")
