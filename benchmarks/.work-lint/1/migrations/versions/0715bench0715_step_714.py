"""step 714

Revision ID: 0715bench0715
Revises: 0714bench0714
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0715bench0715'
down_revision = '0714bench0714'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0714",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0714")
