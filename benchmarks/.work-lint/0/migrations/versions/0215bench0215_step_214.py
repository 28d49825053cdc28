"""step 214

Revision ID: 0215bench0215
Revises: 0214bench0214
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0215bench0215'
down_revision = '0214bench0214'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0214",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0214")
