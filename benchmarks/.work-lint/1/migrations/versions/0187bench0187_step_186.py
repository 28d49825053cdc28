"""step 186

Revision ID: 0187bench0187
Revises: 0186bench0186
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0187bench0187'
down_revision = '0186bench0186'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0186",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0186")
