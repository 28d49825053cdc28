"""step 815

Revision ID: 0816bench0816
Revises: 0815bench0815
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0816bench0816'
down_revision = '0815bench0815'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0815",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0815")
