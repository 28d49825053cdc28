"""step 957

Revision ID: 0958bench0958
Revises: 0957bench0957
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0958bench0958'
down_revision = '0957bench0957'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0957",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0957")
