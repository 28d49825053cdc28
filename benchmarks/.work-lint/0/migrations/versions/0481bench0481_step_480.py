"""step 480

Revision ID: 0481bench0481
Revises: 0480bench0480
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0481bench0481'
down_revision = '0480bench0480'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0480",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0480")
