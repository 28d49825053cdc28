"""step 399

Revision ID: 0400bench0400
Revises: 0399bench0399
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0400bench0400'
down_revision = '0399bench0399'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0399",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0399")
