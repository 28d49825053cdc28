"""step 984

Revision ID: 0985bench0985
Revises: 0984bench0984
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0985bench0985'
down_revision = '0984bench0984'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0984",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0984")
