"""step 268

Revision ID: 0269bench0269
Revises: 0268bench0268
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0269bench0269'
down_revision = '0268bench0268'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0268",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0268")
