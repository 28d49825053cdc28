"""step 550

Revision ID: 0551bench0551
Revises: 0550bench0550
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0551bench0551'
down_revision = '0550bench0550'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0550",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0550")
