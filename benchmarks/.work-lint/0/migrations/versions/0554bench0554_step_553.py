"""step 553

Revision ID: 0554bench0554
Revises: 0553bench0553
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0554bench0554'
down_revision = '0553bench0553'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0553",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0553")
