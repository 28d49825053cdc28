"""step 340

Revision ID: 0341bench0341
Revises: 0340bench0340
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0341bench0341'
down_revision = '0340bench0340'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0340",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0340")
