"""step 362

Revision ID: 0363bench0363
Revises: 0362bench0362
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0363bench0363'
down_revision = '0362bench0362'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0362",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0362")
