"""step 933

Revision ID: 0934bench0934
Revises: 0933bench0933
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0934bench0934'
down_revision = '0933bench0933'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0933",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0933")
