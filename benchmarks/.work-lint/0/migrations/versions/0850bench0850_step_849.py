"""step 849

Revision ID: 0850bench0850
Revises: 0849bench0849
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0850bench0850'
down_revision = '0849bench0849'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0849",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0849")
