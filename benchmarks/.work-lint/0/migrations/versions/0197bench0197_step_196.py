"""step 196

Revision ID: 0197bench0197
Revises: 0196bench0196
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0197bench0197'
down_revision = '0196bench0196'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0196",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0196")
