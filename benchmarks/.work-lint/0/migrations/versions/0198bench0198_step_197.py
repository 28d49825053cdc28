"""step 197

Revision ID: 0198bench0198
Revises: 0197bench0197
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0198bench0198'
down_revision = '0197bench0197'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0197",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0197")
