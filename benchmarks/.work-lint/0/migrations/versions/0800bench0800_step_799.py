"""step 799

Revision ID: 0800bench0800
Revises: 0799bench0799
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0800bench0800'
down_revision = '0799bench0799'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0799",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0799")
