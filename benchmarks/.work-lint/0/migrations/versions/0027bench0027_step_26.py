"""step 26

Revision ID: 0027bench0027
Revises: 0026bench0026
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0027bench0027'
down_revision = '0026bench0026'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0026",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0026")
