"""step 323

Revision ID: 0324bench0324
Revises: 0323bench0323
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0324bench0324'
down_revision = '0323bench0323'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0323",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0323")
