"""step 701

Revision ID: 0702bench0702
Revises: 0701bench0701
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0702bench0702'
down_revision = '0701bench0701'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0701",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0701")
