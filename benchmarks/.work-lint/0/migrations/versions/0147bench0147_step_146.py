"""step 146

Revision ID: 0147bench0147
Revises: 0146bench0146
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0147bench0147'
down_revision = '0146bench0146'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0146",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0146")
