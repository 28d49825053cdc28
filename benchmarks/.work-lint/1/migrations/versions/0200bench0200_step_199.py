"""step 199

Revision ID: 0200bench0200
Revises: 0199bench0199
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0200bench0200'
down_revision = '0199bench0199'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0199",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0199")
