"""step 244

Revision ID: 0245bench0245
Revises: 0244bench0244
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0245bench0245'
down_revision = '0244bench0244'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0244",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0244")
