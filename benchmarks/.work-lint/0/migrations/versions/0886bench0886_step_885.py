"""step 885

Revision ID: 0886bench0886
Revises: 0885bench0885
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0886bench0886'
down_revision = '0885bench0885'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0885",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0885")
