"""step 206

Revision ID: 0207bench0207
Revises: 0206bench0206
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0207bench0207'
down_revision = '0206bench0206'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0206",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0206")
