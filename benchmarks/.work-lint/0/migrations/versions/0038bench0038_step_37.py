"""step 37

Revision ID: 0038bench0038
Revises: 0037bench0037
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0038bench0038'
down_revision = '0037bench0037'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0037",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0037")
