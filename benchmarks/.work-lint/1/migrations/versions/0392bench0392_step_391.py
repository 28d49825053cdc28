"""step 391

Revision ID: 0392bench0392
Revises: 0391bench0391
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0392bench0392'
down_revision = '0391bench0391'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0391",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0391")
