"""step 755

Revision ID: 0756bench0756
Revises: 0755bench0755
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0756bench0756'
down_revision = '0755bench0755'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0755",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0755")
