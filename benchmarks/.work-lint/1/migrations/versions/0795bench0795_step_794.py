"""step 794

Revision ID: 0795bench0795
Revises: 0794bench0794
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0795bench0795'
down_revision = '0794bench0794'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0794",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0794")
