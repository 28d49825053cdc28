"""step 92

Revision ID: 0093bench0093
Revises: 0092bench0092
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0093bench0093'
down_revision = '0092bench0092'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0092",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0092")
