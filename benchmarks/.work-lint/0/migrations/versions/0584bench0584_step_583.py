"""step 583

Revision ID: 0584bench0584
Revises: 0583bench0583
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0584bench0584'
down_revision = '0583bench0583'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0583",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0583")
