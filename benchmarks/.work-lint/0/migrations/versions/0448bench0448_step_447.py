"""step 447

Revision ID: 0448bench0448
Revises: 0447bench0447
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0448bench0448'
down_revision = '0447bench0447'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0447",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0447")
