"""step 527

Revision ID: 0528bench0528
Revises: 0527bench0527
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0528bench0528'
down_revision = '0527bench0527'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0527",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0527")
