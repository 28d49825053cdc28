"""step 298

Revision ID: 0299bench0299
Revises: 0298bench0298
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0299bench0299'
down_revision = '0298bench0298'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0298",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0298")
