"""step 115

Revision ID: 0116bench0116
Revises: 0115bench0115
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0116bench0116'
down_revision = '0115bench0115'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0115",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0115")
