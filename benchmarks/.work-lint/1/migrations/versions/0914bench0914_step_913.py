"""step 913

Revision ID: 0914bench0914
Revises: 0913bench0913
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0914bench0914'
down_revision = '0913bench0913'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0913",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0913")
