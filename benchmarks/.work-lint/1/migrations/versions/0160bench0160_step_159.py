"""step 159

Revision ID: 0160bench0160
Revises: 0159bench0159
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0160bench0160'
down_revision = '0159bench0159'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0159",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0159")
