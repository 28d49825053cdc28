"""step 454

Revision ID: 0455bench0455
Revises: 0454bench0454
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0455bench0455'
down_revision = '0454bench0454'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0454",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0454")
