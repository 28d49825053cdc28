"""step 730

Revision ID: 0731bench0731
Revises: 0730bench0730
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0731bench0731'
down_revision = '0730bench0730'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0730",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0730")
