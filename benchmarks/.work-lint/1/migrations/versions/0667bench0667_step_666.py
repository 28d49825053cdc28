"""step 666

Revision ID: 0667bench0667
Revises: 0666bench0666
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0667bench0667'
down_revision = '0666bench0666'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0666",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0666")
