"""step 785

Revision ID: 0786bench0786
Revises: 0785bench0785
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0786bench0786'
down_revision = '0785bench0785'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0785",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0785")
