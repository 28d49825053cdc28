"""step 398

Revision ID: 0399bench0399
Revises: 0398bench0398
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0399bench0399'
down_revision = '0398bench0398'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0398",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0398")
