"""step 469

Revision ID: 0470bench0470
Revises: 0469bench0469
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0470bench0470'
down_revision = '0469bench0469'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0469",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0469")
