"""step 304

Revision ID: 0305bench0305
Revises: 0304bench0304
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0305bench0305'
down_revision = '0304bench0304'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0304",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0304")
