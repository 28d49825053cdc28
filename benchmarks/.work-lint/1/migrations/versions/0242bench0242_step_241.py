"""step 241

Revision ID: 0242bench0242
Revises: 0241bench0241
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0242bench0242'
down_revision = '0241bench0241'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0241",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0241")
