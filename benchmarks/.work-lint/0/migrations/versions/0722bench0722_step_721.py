"""step 721

Revision ID: 0722bench0722
Revises: 0721bench0721
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0722bench0722'
down_revision = '0721bench0721'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0721",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0721")
