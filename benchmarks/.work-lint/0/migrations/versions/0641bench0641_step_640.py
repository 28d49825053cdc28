"""step 640

Revision ID: 0641bench0641
Revises: 0640bench0640
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0641bench0641'
down_revision = '0640bench0640'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0640",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0640")
