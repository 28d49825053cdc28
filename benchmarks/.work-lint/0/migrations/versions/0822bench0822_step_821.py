"""step 821

Revision ID: 0822bench0822
Revises: 0821bench0821
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0822bench0822'
down_revision = '0821bench0821'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0821",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0821")
