"""step 655

Revision ID: 0656bench0656
Revises: 0655bench0655
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0656bench0656'
down_revision = '0655bench0655'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0655",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0655")
