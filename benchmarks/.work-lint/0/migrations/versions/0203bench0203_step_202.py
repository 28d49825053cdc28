"""step 202

Revision ID: 0203bench0203
Revises: 0202bench0202
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0203bench0203'
down_revision = '0202bench0202'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0202",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0202")
