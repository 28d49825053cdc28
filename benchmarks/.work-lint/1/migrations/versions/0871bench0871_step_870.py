"""step 870

Revision ID: 0871bench0871
Revises: 0870bench0870
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0871bench0871'
down_revision = '0870bench0870'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0870",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0870")
