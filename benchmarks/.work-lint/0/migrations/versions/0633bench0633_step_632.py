"""step 632

Revision ID: 0633bench0633
Revises: 0632bench0632
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0633bench0633'
down_revision = '0632bench0632'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0632",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0632")
