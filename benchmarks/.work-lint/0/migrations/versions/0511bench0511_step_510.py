"""step 510

Revision ID: 0511bench0511
Revises: 0510bench0510
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0511bench0511'
down_revision = '0510bench0510'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0510",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0510")
