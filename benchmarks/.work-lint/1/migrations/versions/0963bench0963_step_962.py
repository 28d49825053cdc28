"""step 962

Revision ID: 0963bench0963
Revises: 0962bench0962
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0963bench0963'
down_revision = '0962bench0962'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0962",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0962")
