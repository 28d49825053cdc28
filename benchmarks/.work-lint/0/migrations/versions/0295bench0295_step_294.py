"""step 294

Revision ID: 0295bench0295
Revises: 0294bench0294
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0295bench0295'
down_revision = '0294bench0294'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0294",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0294")
