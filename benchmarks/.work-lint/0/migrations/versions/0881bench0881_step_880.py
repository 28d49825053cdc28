"""step 880

Revision ID: 0881bench0881
Revises: 0880bench0880
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0881bench0881'
down_revision = '0880bench0880'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0880",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0880")
