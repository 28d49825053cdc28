"""step 777

Revision ID: 0778bench0778
Revises: 0777bench0777
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0778bench0778'
down_revision = '0777bench0777'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0777",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0777")
