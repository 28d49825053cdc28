"""step 934

Revision ID: 0935bench0935
Revises: 0934bench0934
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0935bench0935'
down_revision = '0934bench0934'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0934",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0934")
