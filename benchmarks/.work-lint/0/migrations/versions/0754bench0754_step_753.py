"""step 753

Revision ID: 0754bench0754
Revises: 0753bench0753
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0754bench0754'
down_revision = '0753bench0753'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0753",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0753")
