"""step 524

Revision ID: 0525bench0525
Revises: 0524bench0524
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0525bench0525'
down_revision = '0524bench0524'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0524",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0524")
