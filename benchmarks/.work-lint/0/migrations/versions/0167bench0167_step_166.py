"""step 166

Revision ID: 0167bench0167
Revises: 0166bench0166
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0167bench0167'
down_revision = '0166bench0166'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0166",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0166")
