"""step 509

Revision ID: 0510bench0510
Revises: 0509bench0509
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0510bench0510'
down_revision = '0509bench0509'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0509",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0509")
