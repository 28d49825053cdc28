"""step 331

Revision ID: 0332bench0332
Revises: 0331bench0331
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0332bench0332'
down_revision = '0331bench0331'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0331",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0331")
