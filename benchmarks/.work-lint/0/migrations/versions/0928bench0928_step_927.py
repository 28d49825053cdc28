"""step 927

Revision ID: 0928bench0928
Revises: 0927bench0927
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0928bench0928'
down_revision = '0927bench0927'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0927",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0927")
