"""step 208

Revision ID: 0209bench0209
Revises: 0208bench0208
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0209bench0209'
down_revision = '0208bench0208'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0208",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0208")
