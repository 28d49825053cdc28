"""step 493

Revision ID: 0494bench0494
Revises: 0493bench0493
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0494bench0494'
down_revision = '0493bench0493'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0493",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0493")
