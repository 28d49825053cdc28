"""step 681

Revision ID: 0682bench0682
Revises: 0681bench0681
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0682bench0682'
down_revision = '0681bench0681'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0681",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0681")
