"""step 324

Revision ID: 0325bench0325
Revises: 0324bench0324
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0325bench0325'
down_revision = '0324bench0324'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0324",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0324")
