"""step 401

Revision ID: 0402bench0402
Revises: 0401bench0401
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0402bench0402'
down_revision = '0401bench0401'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0401",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0401")
