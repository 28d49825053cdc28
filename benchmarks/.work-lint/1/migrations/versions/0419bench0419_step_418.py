"""step 418

Revision ID: 0419bench0419
Revises: 0418bench0418
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0419bench0419'
down_revision = '0418bench0418'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0418",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0418")
