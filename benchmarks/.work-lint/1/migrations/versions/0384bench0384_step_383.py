"""step 383

Revision ID: 0384bench0384
Revises: 0383bench0383
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0384bench0384'
down_revision = '0383bench0383'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0383",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0383")
