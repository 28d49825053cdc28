"""step 144

Revision ID: 0145bench0145
Revises: 0144bench0144
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0145bench0145'
down_revision = '0144bench0144'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0144",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0144")
