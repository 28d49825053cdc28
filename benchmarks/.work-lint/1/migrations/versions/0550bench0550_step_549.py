"""step 549

Revision ID: 0550bench0550
Revises: 0549bench0549
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0550bench0550'
down_revision = '0549bench0549'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0549",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0549")
