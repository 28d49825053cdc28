"""step 45

Revision ID: 0046bench0046
Revises: 0045bench0045
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0046bench0046'
down_revision = '0045bench0045'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0045",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0045")
