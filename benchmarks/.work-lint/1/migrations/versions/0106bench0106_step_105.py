"""step 105

Revision ID: 0106bench0106
Revises: 0105bench0105
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0106bench0106'
down_revision = '0105bench0105'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0105",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0105")
