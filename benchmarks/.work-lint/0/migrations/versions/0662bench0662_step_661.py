"""step 661

Revision ID: 0662bench0662
Revises: 0661bench0661
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0662bench0662'
down_revision = '0661bench0661'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0661",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0661")
