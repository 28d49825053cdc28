"""step 494

Revision ID: 0495bench0495
Revises: 0494bench0494
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0495bench0495'
down_revision = '0494bench0494'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0494",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0494")
