"""step 293

Revision ID: 0294bench0294
Revises: 0293bench0293
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0294bench0294'
down_revision = '0293bench0293'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0293",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0293")
