"""step 205

Revision ID: 0206bench0206
Revises: 0205bench0205
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0206bench0206'
down_revision = '0205bench0205'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0205",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0205")
