"""step 859

Revision ID: 0860bench0860
Revises: 0859bench0859
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0860bench0860'
down_revision = '0859bench0859'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0859",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0859")
