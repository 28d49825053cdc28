"""step 215

Revision ID: 0216bench0216
Revises: 0215bench0215
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0216bench0216'
down_revision = '0215bench0215'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0215",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0215")
