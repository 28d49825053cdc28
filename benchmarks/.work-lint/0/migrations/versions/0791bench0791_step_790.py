"""step 790

Revision ID: 0791bench0791
Revises: 0790bench0790
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0791bench0791'
down_revision = '0790bench0790'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0790",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0790")
