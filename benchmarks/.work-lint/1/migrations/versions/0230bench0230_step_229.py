"""step 229

Revision ID: 0230bench0230
Revises: 0229bench0229
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0230bench0230'
down_revision = '0229bench0229'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0229",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0229")
