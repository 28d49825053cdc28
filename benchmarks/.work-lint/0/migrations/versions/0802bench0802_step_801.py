"""step 801

Revision ID: 0802bench0802
Revises: 0801bench0801
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0802bench0802'
down_revision = '0801bench0801'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0801",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0801")
