"""step 434

Revision ID: 0435bench0435
Revises: 0434bench0434
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0435bench0435'
down_revision = '0434bench0434'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0434",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0434")
