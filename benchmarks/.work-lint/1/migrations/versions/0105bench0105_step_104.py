"""step 104

Revision ID: 0105bench0105
Revises: 0104bench0104
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0105bench0105'
down_revision = '0104bench0104'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0104",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0104")
