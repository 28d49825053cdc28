"""step 758

Revision ID: 0759bench0759
Revises: 0758bench0758
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0759bench0759'
down_revision = '0758bench0758'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0758",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0758")
