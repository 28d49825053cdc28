"""step 691

Revision ID: 0692bench0692
Revises: 0691bench0691
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0692bench0692'
down_revision = '0691bench0691'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0691",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0691")
