"""step 903

Revision ID: 0904bench0904
Revises: 0903bench0903
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0904bench0904'
down_revision = '0903bench0903'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0903",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0903")
