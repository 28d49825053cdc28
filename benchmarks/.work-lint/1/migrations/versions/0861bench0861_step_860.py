"""step 860

Revision ID: 0861bench0861
Revises: 0860bench0860
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0861bench0861'
down_revision = '0860bench0860'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0860",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0860")
