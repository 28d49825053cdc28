"""step 878

Revision ID: 0879bench0879
Revises: 0878bench0878
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0879bench0879'
down_revision = '0878bench0878'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0878",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0878")
