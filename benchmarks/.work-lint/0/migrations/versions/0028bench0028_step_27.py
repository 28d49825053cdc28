"""step 27

Revision ID: 0028bench0028
Revises: 0027bench0027
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0028bench0028'
down_revision = '0027bench0027'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0027",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0027")
