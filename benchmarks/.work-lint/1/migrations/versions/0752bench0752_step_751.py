"""step 751

Revision ID: 0752bench0752
Revises: 0751bench0751
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0752bench0752'
down_revision = '0751bench0751'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0751",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0751")
