"""step 353

Revision ID: 0354bench0354
Revises: 0353bench0353
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0354bench0354'
down_revision = '0353bench0353'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0353",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0353")
