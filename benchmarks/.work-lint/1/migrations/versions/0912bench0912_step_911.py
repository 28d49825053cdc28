"""step 911

Revision ID: 0912bench0912
Revises: 0911bench0911
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0912bench0912'
down_revision = '0911bench0911'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0911",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0911")
