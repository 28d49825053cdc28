"""step 188

Revision ID: 0189bench0189
Revises: 0188bench0188
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0189bench0189'
down_revision = '0188bench0188'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0188",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0188")
