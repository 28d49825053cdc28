"""step 484

Revision ID: 0485bench0485
Revises: 0484bench0484
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0485bench0485'
down_revision = '0484bench0484'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0484",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0484")
