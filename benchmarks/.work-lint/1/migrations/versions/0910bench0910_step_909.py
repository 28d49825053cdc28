"""step 909

Revision ID: 0910bench0910
Revises: 0909bench0909
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0910bench0910'
down_revision = '0909bench0909'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0909",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0909")
