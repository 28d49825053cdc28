"""step 299

Revision ID: 0300bench0300
Revises: 0299bench0299
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0300bench0300'
down_revision = '0299bench0299'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0299",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0299")
