"""step 237

Revision ID: 0238bench0238
Revises: 0237bench0237
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0238bench0238'
down_revision = '0237bench0237'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0237",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0237")
