"""step 662

Revision ID: 0663bench0663
Revises: 0662bench0662
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0663bench0663'
down_revision = '0662bench0662'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0662",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0662")
