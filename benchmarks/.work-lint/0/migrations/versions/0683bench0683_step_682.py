"""step 682

Revision ID: 0683bench0683
Revises: 0682bench0682
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0683bench0683'
down_revision = '0682bench0682'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0682",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0682")
