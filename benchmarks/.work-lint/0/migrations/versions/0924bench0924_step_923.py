"""step 923

Revision ID: 0924bench0924
Revises: 0923bench0923
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0924bench0924'
down_revision = '0923bench0923'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0923",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0923")
