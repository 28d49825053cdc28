"""step 982

Revision ID: 0983bench0983
Revises: 0982bench0982
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0983bench0983'
down_revision = '0982bench0982'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0982",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0982")
