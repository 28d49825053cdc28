"""step 858

Revision ID: 0859bench0859
Revises: 0858bench0858
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0859bench0859'
down_revision = '0858bench0858'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0858",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0858")
