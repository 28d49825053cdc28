"""step 163

Revision ID: 0164bench0164
Revises: 0163bench0163
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0164bench0164'
down_revision = '0163bench0163'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0163",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0163")
