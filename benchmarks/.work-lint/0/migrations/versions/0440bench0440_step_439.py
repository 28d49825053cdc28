"""step 439

Revision ID: 0440bench0440
Revises: 0439bench0439
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0440bench0440'
down_revision = '0439bench0439'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0439",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0439")
