"""step 698

Revision ID: 0699bench0699
Revises: 0698bench0698
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0699bench0699'
down_revision = '0698bench0698'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0698",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0698")
