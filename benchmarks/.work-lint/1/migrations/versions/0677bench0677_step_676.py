"""step 676

Revision ID: 0677bench0677
Revises: 0676bench0676
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0677bench0677'
down_revision = '0676bench0676'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0676",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0676")
