"""step 458

Revision ID: 0459bench0459
Revises: 0458bench0458
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0459bench0459'
down_revision = '0458bench0458'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0458",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0458")
