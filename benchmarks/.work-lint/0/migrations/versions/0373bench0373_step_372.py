"""step 372

Revision ID: 0373bench0373
Revises: 0372bench0372
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0373bench0373'
down_revision = '0372bench0372'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0372",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0372")
