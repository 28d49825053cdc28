"""step 646

Revision ID: 0647bench0647
Revises: 0646bench0646
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0647bench0647'
down_revision = '0646bench0646'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0646",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0646")
