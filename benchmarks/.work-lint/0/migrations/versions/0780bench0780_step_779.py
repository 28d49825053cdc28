"""step 779

Revision ID: 0780bench0780
Revises: 0779bench0779
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0780bench0780'
down_revision = '0779bench0779'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0779",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0779")
