"""step 970

Revision ID: 0971bench0971
Revises: 0970bench0970
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0971bench0971'
down_revision = '0970bench0970'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0970",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0970")
