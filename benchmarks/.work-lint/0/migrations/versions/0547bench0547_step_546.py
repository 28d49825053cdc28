"""step 546

Revision ID: 0547bench0547
Revises: 0546bench0546
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0547bench0547'
down_revision = '0546bench0546'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0546",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0546")
