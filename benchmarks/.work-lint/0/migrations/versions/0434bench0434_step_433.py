"""step 433

Revision ID: 0434bench0434
Revises: 0433bench0433
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0434bench0434'
down_revision = '0433bench0433'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0433",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0433")
