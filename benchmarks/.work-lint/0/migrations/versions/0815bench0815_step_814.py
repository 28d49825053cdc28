"""step 814

Revision ID: 0815bench0815
Revises: 0814bench0814
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0815bench0815'
down_revision = '0814bench0814'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0814",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0814")
