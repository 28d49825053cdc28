"""step 636

Revision ID: 0637bench0637
Revises: 0636bench0636
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0637bench0637'
down_revision = '0636bench0636'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0636",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0636")
