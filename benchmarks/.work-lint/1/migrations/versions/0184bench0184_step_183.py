"""step 183

Revision ID: 0184bench0184
Revises: 0183bench0183
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0184bench0184'
down_revision = '0183bench0183'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0183",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0183")
