"""step 364

Revision ID: 0365bench0365
Revises: 0364bench0364
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0365bench0365'
down_revision = '0364bench0364'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0364",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0364")
