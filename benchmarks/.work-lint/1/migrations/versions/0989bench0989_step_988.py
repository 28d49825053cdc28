"""step 988

Revision ID: 0989bench0989
Revises: 0988bench0988
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0989bench0989'
down_revision = '0988bench0988'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0988",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0988")
