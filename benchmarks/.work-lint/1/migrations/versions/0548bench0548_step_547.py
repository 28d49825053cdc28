"""step 547

Revision ID: 0548bench0548
Revises: 0547bench0547
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0548bench0548'
down_revision = '0547bench0547'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0547",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0547")
