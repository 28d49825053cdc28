"""step 31

Revision ID: 0032bench0032
Revises: 0031bench0031
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0032bench0032'
down_revision = '0031bench0031'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0031",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0031")
