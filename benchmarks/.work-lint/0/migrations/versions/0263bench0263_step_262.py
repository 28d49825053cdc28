"""step 262

Revision ID: 0263bench0263
Revises: 0262bench0262
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0263bench0263'
down_revision = '0262bench0262'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0262",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0262")
