"""step 195

Revision ID: 0196bench0196
Revises: 0195bench0195
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0196bench0196'
down_revision = '0195bench0195'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0195",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0195")
