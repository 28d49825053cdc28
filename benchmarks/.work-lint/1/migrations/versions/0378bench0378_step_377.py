"""step 377

Revision ID: 0378bench0378
Revises: 0377bench0377
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0378bench0378'
down_revision = '0377bench0377'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0377",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0377")
