"""step 558

Revision ID: 0559bench0559
Revises: 0558bench0558
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0559bench0559'
down_revision = '0558bench0558'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0558",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0558")
