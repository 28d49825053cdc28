"""step 503

Revision ID: 0504bench0504
Revises: 0503bench0503
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0504bench0504'
down_revision = '0503bench0503'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0503",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0503")
