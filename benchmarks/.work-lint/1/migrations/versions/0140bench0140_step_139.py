"""step 139

Revision ID: 0140bench0140
Revises: 0139bench0139
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0140bench0140'
down_revision = '0139bench0139'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0139",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0139")
