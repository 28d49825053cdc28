"""step 249

Revision ID: 0250bench0250
Revises: 0249bench0249
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0250bench0250'
down_revision = '0249bench0249'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0249",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0249")
