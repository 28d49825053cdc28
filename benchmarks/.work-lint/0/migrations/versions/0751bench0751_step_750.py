"""step 750

Revision ID: 0751bench0751
Revises: 0750bench0750
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0751bench0751'
down_revision = '0750bench0750'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0750",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0750")
