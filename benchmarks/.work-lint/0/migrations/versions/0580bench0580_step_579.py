"""step 579

Revision ID: 0580bench0580
Revises: 0579bench0579
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0580bench0580'
down_revision = '0579bench0579'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0579",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0579")
