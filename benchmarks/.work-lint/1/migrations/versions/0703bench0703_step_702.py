"""step 702

Revision ID: 0703bench0703
Revises: 0702bench0702
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0703bench0703'
down_revision = '0702bench0702'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0702",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0702")
