"""step 182

Revision ID: 0183bench0183
Revises: 0182bench0182
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0183bench0183'
down_revision = '0182bench0182'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0182",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0182")
