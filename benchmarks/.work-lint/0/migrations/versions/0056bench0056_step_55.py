"""step 55

Revision ID: 0056bench0056
Revises: 0055bench0055
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0056bench0056'
down_revision = '0055bench0055'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0055",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0055")
