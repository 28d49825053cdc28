"""step 644

Revision ID: 0645bench0645
Revises: 0644bench0644
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0645bench0645'
down_revision = '0644bench0644'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0644",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0644")
