"""step 400

Revision ID: 0401bench0401
Revises: 0400bench0400
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0401bench0401'
down_revision = '0400bench0400'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0400",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0400")
