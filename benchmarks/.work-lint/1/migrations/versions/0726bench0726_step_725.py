"""step 725

Revision ID: 0726bench0726
Revises: 0725bench0725
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0726bench0726'
down_revision = '0725bench0725'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0725",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0725")
