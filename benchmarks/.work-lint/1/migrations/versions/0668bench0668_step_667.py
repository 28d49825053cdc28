"""step 667

Revision ID: 0668bench0668
Revises: 0667bench0667
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0668bench0668'
down_revision = '0667bench0667'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0667",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0667")
