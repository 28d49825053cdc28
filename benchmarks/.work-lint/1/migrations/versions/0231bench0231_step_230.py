"""step 230

Revision ID: 0231bench0231
Revises: 0230bench0230
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0231bench0231'
down_revision = '0230bench0230'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0230",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0230")
