"""step 224

Revision ID: 0225bench0225
Revises: 0224bench0224
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0225bench0225'
down_revision = '0224bench0224'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0224",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0224")
