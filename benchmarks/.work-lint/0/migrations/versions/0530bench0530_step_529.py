"""step 529

Revision ID: 0530bench0530
Revises: 0529bench0529
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0530bench0530'
down_revision = '0529bench0529'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0529",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0529")
