"""step 207

Revision ID: 0208bench0208
Revises: 0207bench0207
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0208bench0208'
down_revision = '0207bench0207'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0207",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0207")
