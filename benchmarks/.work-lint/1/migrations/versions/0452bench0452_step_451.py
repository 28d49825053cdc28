"""step 451

Revision ID: 0452bench0452
Revises: 0451bench0451
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0452bench0452'
down_revision = '0451bench0451'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0451",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0451")
