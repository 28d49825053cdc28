"""step 300

Revision ID: 0301bench0301
Revises: 0300bench0300
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0301bench0301'
down_revision = '0300bench0300'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0300",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0300")
