"""step 443

Revision ID: 0444bench0444
Revises: 0443bench0443
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0444bench0444'
down_revision = '0443bench0443'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0443",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0443")
