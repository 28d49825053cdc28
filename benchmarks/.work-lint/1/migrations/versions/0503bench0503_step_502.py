"""step 502

Revision ID: 0503bench0503
Revises: 0502bench0502
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0503bench0503'
down_revision = '0502bench0502'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0502",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0502")
