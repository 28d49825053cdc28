"""step 780

Revision ID: 0781bench0781
Revises: 0780bench0780
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0781bench0781'
down_revision = '0780bench0780'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0780",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0780")
