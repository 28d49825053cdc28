"""step 566

Revision ID: 0567bench0567
Revises: 0566bench0566
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0567bench0567'
down_revision = '0566bench0566'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0566",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0566")
