"""step 824

Revision ID: 0825bench0825
Revises: 0824bench0824
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0825bench0825'
down_revision = '0824bench0824'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0824",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0824")
