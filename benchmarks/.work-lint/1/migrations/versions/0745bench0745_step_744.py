"""step 744

Revision ID: 0745bench0745
Revises: 0744bench0744
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0745bench0745'
down_revision = '0744bench0744'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0744",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0744")
