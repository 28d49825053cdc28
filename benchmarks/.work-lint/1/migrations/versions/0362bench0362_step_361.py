"""step 361

Revision ID: 0362bench0362
Revises: 0361bench0361
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0362bench0362'
down_revision = '0361bench0361'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0361",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0361")
