"""step 877

Revision ID: 0878bench0878
Revises: 0877bench0877
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0878bench0878'
down_revision = '0877bench0877'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0877",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0877")
