"""step 329

Revision ID: 0330bench0330
Revises: 0329bench0329
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0330bench0330'
down_revision = '0329bench0329'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0329",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0329")
