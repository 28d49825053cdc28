"""step 171

Revision ID: 0172bench0172
Revises: 0171bench0171
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0172bench0172'
down_revision = '0171bench0171'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0171",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0171")
