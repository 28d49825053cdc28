"""step 415

Revision ID: 0416bench0416
Revises: 0415bench0415
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0416bench0416'
down_revision = '0415bench0415'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0415",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0415")
