"""step 963

Revision ID: 0964bench0964
Revises: 0963bench0963
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0964bench0964'
down_revision = '0963bench0963'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0963",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0963")
