"""step 958

Revision ID: 0959bench0959
Revises: 0958bench0958
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0959bench0959'
down_revision = '0958bench0958'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0958",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0958")
