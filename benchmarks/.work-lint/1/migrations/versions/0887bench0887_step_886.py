"""step 886

Revision ID: 0887bench0887
Revises: 0886bench0886
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0887bench0887'
down_revision = '0886bench0886'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0886",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0886")
