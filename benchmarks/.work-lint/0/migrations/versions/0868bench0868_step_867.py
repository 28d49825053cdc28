"""step 867

Revision ID: 0868bench0868
Revises: 0867bench0867
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0868bench0868'
down_revision = '0867bench0867'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0867",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0867")
