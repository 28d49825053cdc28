"""step 313

Revision ID: 0314bench0314
Revises: 0313bench0313
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0314bench0314'
down_revision = '0313bench0313'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0313",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0313")
