"""step 905

Revision ID: 0906bench0906
Revises: 0905bench0905
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0906bench0906'
down_revision = '0905bench0905'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0905",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0905")
