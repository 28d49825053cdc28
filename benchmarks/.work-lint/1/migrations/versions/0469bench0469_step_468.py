"""step 468

Revision ID: 0469bench0469
Revises: 0468bench0468
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0469bench0469'
down_revision = '0468bench0468'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0468",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0468")
