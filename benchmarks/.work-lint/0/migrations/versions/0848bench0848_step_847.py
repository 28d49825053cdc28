"""step 847

Revision ID: 0848bench0848
Revises: 0847bench0847
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0848bench0848'
down_revision = '0847bench0847'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0847",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0847")
