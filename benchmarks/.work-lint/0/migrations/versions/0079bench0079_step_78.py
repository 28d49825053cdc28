"""step 78

Revision ID: 0079bench0079
Revises: 0078bench0078
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0079bench0079'
down_revision = '0078bench0078'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0078",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0078")
