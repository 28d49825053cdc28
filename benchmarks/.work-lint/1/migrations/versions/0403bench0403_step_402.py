"""step 402

Revision ID: 0403bench0403
Revises: 0402bench0402
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0403bench0403'
down_revision = '0402bench0402'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0402",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0402")
