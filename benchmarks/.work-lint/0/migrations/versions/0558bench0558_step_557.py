"""step 557

Revision ID: 0558bench0558
Revises: 0557bench0557
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0558bench0558'
down_revision = '0557bench0557'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0557",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0557")
