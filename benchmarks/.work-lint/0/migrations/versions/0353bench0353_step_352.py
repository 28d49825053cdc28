"""step 352

Revision ID: 0353bench0353
Revises: 0352bench0352
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0353bench0353'
down_revision = '0352bench0352'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0352",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0352")
