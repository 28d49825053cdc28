"""step 152

Revision ID: 0153bench0153
Revises: 0152bench0152
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0153bench0153'
down_revision = '0152bench0152'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0152",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0152")
