"""step 91

Revision ID: 0092bench0092
Revises: 0091bench0091
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0092bench0092'
down_revision = '0091bench0091'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0091",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0091")
