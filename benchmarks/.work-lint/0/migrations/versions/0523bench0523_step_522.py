"""step 522

Revision ID: 0523bench0523
Revises: 0522bench0522
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0523bench0523'
down_revision = '0522bench0522'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0522",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0522")
