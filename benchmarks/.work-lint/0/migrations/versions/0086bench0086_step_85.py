"""step 85

Revision ID: 0086bench0086
Revises: 0085bench0085
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0086bench0086'
down_revision = '0085bench0085'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0085",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0085")
