"""step 754

Revision ID: 0755bench0755
Revises: 0754bench0754
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0755bench0755'
down_revision = '0754bench0754'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0754",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0754")
