"""step 57

Revision ID: 0058bench0058
Revises: 0057bench0057
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0058bench0058'
down_revision = '0057bench0057'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0057",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0057")
