"""step 574

Revision ID: 0575bench0575
Revises: 0574bench0574
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0575bench0575'
down_revision = '0574bench0574'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0574",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0574")
