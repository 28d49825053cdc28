"""step 181

Revision ID: 0182bench0182
Revises: 0181bench0181
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0182bench0182'
down_revision = '0181bench0181'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0181",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0181")
