"""step 966

Revision ID: 0967bench0967
Revises: 0966bench0966
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0967bench0967'
down_revision = '0966bench0966'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0966",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0966")
