"""step 250

Revision ID: 0251bench0251
Revises: 0250bench0250
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0251bench0251'
down_revision = '0250bench0250'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0250",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0250")
