"""step 392

Revision ID: 0393bench0393
Revises: 0392bench0392
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0393bench0393'
down_revision = '0392bench0392'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0392",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0392")
