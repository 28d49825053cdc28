"""step 692

Revision ID: 0693bench0693
Revises: 0692bench0692
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0693bench0693'
down_revision = '0692bench0692'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0692",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0692")
