"""step 556

Revision ID: 0557bench0557
Revises: 0556bench0556
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0557bench0557'
down_revision = '0556bench0556'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0556",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0556")
