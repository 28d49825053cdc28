"""step 269

Revision ID: 0270bench0270
Revises: 0269bench0269
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0270bench0270'
down_revision = '0269bench0269'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0269",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0269")
