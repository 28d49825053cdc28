"""step 981

Revision ID: 0982bench0982
Revises: 0981bench0981
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0982bench0982'
down_revision = '0981bench0981'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0981",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0981")
