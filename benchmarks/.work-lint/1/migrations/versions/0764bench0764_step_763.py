"""step 763

Revision ID: 0764bench0764
Revises: 0763bench0763
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0764bench0764'
down_revision = '0763bench0763'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0763",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0763")
