"""step 175

Revision ID: 0176bench0176
Revises: 0175bench0175
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0176bench0176'
down_revision = '0175bench0175'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0175",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0175")
