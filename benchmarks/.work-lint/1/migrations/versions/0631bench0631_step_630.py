"""step 630

Revision ID: 0631bench0631
Revises: 0630bench0630
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0631bench0631'
down_revision = '0630bench0630'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0630",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0630")
