"""step 872

Revision ID: 0873bench0873
Revises: 0872bench0872
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0873bench0873'
down_revision = '0872bench0872'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0872",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0872")
