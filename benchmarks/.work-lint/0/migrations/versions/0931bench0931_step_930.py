"""step 930

Revision ID: 0931bench0931
Revises: 0930bench0930
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0931bench0931'
down_revision = '0930bench0930'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0930",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0930")
