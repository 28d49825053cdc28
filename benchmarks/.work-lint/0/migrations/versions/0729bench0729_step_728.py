"""step 728

Revision ID: 0729bench0729
Revises: 0728bench0728
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0729bench0729'
down_revision = '0728bench0728'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0728",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0728")
