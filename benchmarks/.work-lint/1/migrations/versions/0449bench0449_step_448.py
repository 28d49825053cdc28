"""step 448

Revision ID: 0449bench0449
Revises: 0448bench0448
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0449bench0449'
down_revision = '0448bench0448'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0448",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0448")
