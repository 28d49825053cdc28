"""step 639

Revision ID: 0640bench0640
Revises: 0639bench0639
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0640bench0640'
down_revision = '0639bench0639'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0639",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0639")
