"""step 856

Revision ID: 0857bench0857
Revises: 0856bench0856
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0857bench0857'
down_revision = '0856bench0856'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0856",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0856")
