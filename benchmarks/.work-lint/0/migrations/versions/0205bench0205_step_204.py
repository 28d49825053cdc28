"""step 204

Revision ID: 0205bench0205
Revises: 0204bench0204
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0205bench0205'
down_revision = '0204bench0204'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0204",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0204")
