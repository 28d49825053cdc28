"""step 906

Revision ID: 0907bench0907
Revises: 0906bench0906
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0907bench0907'
down_revision = '0906bench0906'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0906",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0906")
