"""step 178

Revision ID: 0179bench0179
Revises: 0178bench0178
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0179bench0179'
down_revision = '0178bench0178'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0178",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0178")
