"""step 155

Revision ID: 0156bench0156
Revises: 0155bench0155
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0156bench0156'
down_revision = '0155bench0155'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0155",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0155")
