"""step 855

Revision ID: 0856bench0856
Revises: 0855bench0855
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0856bench0856'
down_revision = '0855bench0855'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0855",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0855")
