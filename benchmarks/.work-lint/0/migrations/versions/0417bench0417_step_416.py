"""step 416

Revision ID: 0417bench0417
Revises: 0416bench0416
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0417bench0417'
down_revision = '0416bench0416'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0416",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0416")
