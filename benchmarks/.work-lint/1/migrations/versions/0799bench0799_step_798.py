"""step 798

Revision ID: 0799bench0799
Revises: 0798bench0798
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0799bench0799'
down_revision = '0798bench0798'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0798",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0798")
