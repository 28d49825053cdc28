"""step 901

Revision ID: 0902bench0902
Revises: 0901bench0901
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0902bench0902'
down_revision = '0901bench0901'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0901",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0901")
