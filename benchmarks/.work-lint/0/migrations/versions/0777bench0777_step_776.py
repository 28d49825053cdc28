"""step 776

Revision ID: 0777bench0777
Revises: 0776bench0776
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0777bench0777'
down_revision = '0776bench0776'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0776",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0776")
