"""step 951

Revision ID: 0952bench0952
Revises: 0951bench0951
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0952bench0952'
down_revision = '0951bench0951'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0951",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0951")
