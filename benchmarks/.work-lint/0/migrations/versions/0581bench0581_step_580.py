"""step 580

Revision ID: 0581bench0581
Revises: 0580bench0580
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0581bench0581'
down_revision = '0580bench0580'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0580",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0580")
