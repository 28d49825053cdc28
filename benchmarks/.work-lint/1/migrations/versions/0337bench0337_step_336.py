"""step 336

Revision ID: 0337bench0337
Revises: 0336bench0336
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0337bench0337'
down_revision = '0336bench0336'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0336",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0336")
