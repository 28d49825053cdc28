"""step 396

Revision ID: 0397bench0397
Revises: 0396bench0396
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0397bench0397'
down_revision = '0396bench0396'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0396",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0396")
