"""step 850

Revision ID: 0851bench0851
Revises: 0850bench0850
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0851bench0851'
down_revision = '0850bench0850'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0850",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0850")
