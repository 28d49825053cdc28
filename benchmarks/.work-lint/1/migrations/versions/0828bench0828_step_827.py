"""step 827

Revision ID: 0828bench0828
Revises: 0827bench0827
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0828bench0828'
down_revision = '0827bench0827'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0827",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0827")
