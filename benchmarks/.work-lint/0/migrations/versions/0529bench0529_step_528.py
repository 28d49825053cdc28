"""step 528

Revision ID: 0529bench0529
Revises: 0528bench0528
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0529bench0529'
down_revision = '0528bench0528'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0528",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0528")
