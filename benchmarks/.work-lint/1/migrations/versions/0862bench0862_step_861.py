"""step 861

Revision ID: 0862bench0862
Revises: 0861bench0861
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0862bench0862'
down_revision = '0861bench0861'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0861",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0861")
