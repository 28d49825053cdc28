"""step 232

Revision ID: 0233bench0233
Revises: 0232bench0232
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0233bench0233'
down_revision = '0232bench0232'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0232",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0232")
