"""step 910

Revision ID: 0911bench0911
Revises: 0910bench0910
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0911bench0911'
down_revision = '0910bench0910'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0910",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0910")
