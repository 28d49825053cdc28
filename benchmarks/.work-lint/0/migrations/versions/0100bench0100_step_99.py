"""step 99

Revision ID: 0100bench0100
Revises: 0099bench0099
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0100bench0100'
down_revision = '0099bench0099'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0099",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0099")
