"""step 916

Revision ID: 0917bench0917
Revises: 0916bench0916
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0917bench0917'
down_revision = '0916bench0916'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0916",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0916")
