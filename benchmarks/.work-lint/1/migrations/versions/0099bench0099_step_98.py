"""step 98

Revision ID: 0099bench0099
Revises: 0098bench0098
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0099bench0099'
down_revision = '0098bench0098'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0098",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0098")
