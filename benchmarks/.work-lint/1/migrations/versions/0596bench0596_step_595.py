"""step 595

Revision ID: 0596bench0596
Revises: 0595bench0595
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0596bench0596'
down_revision = '0595bench0595'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0595",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0595")
