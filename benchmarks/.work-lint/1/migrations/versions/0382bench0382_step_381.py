"""step 381

Revision ID: 0382bench0382
Revises: 0381bench0381
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0382bench0382'
down_revision = '0381bench0381'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0381",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0381")
