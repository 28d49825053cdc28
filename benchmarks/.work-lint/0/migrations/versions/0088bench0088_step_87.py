"""step 87

Revision ID: 0088bench0088
Revises: 0087bench0087
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0088bench0088'
down_revision = '0087bench0087'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0087",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0087")
