"""step 425

Revision ID: 0426bench0426
Revises: 0425bench0425
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0426bench0426'
down_revision = '0425bench0425'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0425",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0425")
