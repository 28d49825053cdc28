"""step 211

Revision ID: 0212bench0212
Revises: 0211bench0211
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0212bench0212'
down_revision = '0211bench0211'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0211",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0211")
