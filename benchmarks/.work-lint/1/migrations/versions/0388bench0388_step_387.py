"""step 387

Revision ID: 0388bench0388
Revises: 0387bench0387
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0388bench0388'
down_revision = '0387bench0387'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0387",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0387")
