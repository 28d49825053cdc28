"""step 943

Revision ID: 0944bench0944
Revises: 0943bench0943
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0944bench0944'
down_revision = '0943bench0943'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0943",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0943")
