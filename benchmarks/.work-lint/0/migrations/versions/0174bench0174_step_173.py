"""step 173

Revision ID: 0174bench0174
Revises: 0173bench0173
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0174bench0174'
down_revision = '0173bench0173'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0173",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0173")
