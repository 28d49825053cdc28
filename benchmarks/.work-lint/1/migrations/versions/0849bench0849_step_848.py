"""step 848

Revision ID: 0849bench0849
Revises: 0848bench0848
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0849bench0849'
down_revision = '0848bench0848'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0848",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0848")
