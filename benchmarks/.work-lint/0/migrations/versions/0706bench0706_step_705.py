"""step 705

Revision ID: 0706bench0706
Revises: 0705bench0705
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0706bench0706'
down_revision = '0705bench0705'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0705",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0705")
