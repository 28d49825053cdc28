"""step 95

Revision ID: 0096bench0096
Revises: 0095bench0095
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0096bench0096'
down_revision = '0095bench0095'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0095",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0095")
