"""step 866

Revision ID: 0867bench0867
Revises: 0866bench0866
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0867bench0867'
down_revision = '0866bench0866'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0866",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0866")
