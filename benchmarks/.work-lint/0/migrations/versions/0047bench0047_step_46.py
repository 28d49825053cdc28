"""step 46

Revision ID: 0047bench0047
Revises: 0046bench0046
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0047bench0047'
down_revision = '0046bench0046'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0046",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0046")
