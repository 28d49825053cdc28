"""step 384

Revision ID: 0385bench0385
Revises: 0384bench0384
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0385bench0385'
down_revision = '0384bench0384'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0384",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0384")
