"""step 446

Revision ID: 0447bench0447
Revises: 0446bench0446
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0447bench0447'
down_revision = '0446bench0446'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0446",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0446")
