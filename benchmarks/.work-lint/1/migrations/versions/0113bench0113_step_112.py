"""step 112

Revision ID: 0113bench0113
Revises: 0112bench0112
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0113bench0113'
down_revision = '0112bench0112'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0112",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0112")
