"""step 492

Revision ID: 0493bench0493
Revises: 0492bench0492
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0493bench0493'
down_revision = '0492bench0492'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0492",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0492")
