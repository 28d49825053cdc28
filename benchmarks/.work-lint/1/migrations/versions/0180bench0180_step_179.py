"""step 179

Revision ID: 0180bench0180
Revises: 0179bench0179
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0180bench0180'
down_revision = '0179bench0179'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0179",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0179")
