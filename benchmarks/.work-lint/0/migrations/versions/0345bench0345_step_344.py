"""step 344

Revision ID: 0345bench0345
Revises: 0344bench0344
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0345bench0345'
down_revision = '0344bench0344'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0344",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0344")
