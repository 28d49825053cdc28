"""step 147

Revision ID: 0148bench0148
Revises: 0147bench0147
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0148bench0148'
down_revision = '0147bench0147'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0147",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0147")
