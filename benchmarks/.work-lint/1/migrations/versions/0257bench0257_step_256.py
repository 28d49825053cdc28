"""step 256

Revision ID: 0257bench0257
Revises: 0256bench0256
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0257bench0257'
down_revision = '0256bench0256'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0256",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0256")
