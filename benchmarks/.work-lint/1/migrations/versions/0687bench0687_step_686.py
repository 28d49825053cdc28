"""step 686

Revision ID: 0687bench0687
Revises: 0686bench0686
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0687bench0687'
down_revision = '0686bench0686'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0686",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0686")
