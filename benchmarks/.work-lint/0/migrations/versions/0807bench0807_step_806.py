"""step 806

Revision ID: 0807bench0807
Revises: 0806bench0806
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0807bench0807'
down_revision = '0806bench0806'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0806",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0806")
