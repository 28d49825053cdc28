"""step 28

Revision ID: 0029bench0029
Revises: 0028bench0028
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0029bench0029'
down_revision = '0028bench0028'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0028",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0028")
