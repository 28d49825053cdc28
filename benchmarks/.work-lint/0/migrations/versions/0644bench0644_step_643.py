"""step 643

Revision ID: 0644bench0644
Revises: 0643bench0643
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0644bench0644'
down_revision = '0643bench0643'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0643",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0643")
