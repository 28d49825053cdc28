"""step 706

Revision ID: 0707bench0707
Revises: 0706bench0706
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0707bench0707'
down_revision = '0706bench0706'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0706",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0706")
