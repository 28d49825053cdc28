"""step 261

Revision ID: 0262bench0262
Revises: 0261bench0261
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0262bench0262'
down_revision = '0261bench0261'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0261",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0261")
