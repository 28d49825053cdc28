"""step 290

Revision ID: 0291bench0291
Revises: 0290bench0290
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0291bench0291'
down_revision = '0290bench0290'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0290",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0290")
