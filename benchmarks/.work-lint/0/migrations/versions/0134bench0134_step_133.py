"""step 133

Revision ID: 0134bench0134
Revises: 0133bench0133
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0134bench0134'
down_revision = '0133bench0133'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0133",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0133")
