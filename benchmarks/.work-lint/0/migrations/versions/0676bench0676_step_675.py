"""step 675

Revision ID: 0676bench0676
Revises: 0675bench0675
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0676bench0676'
down_revision = '0675bench0675'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0675",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0675")
