"""step 727

Revision ID: 0728bench0728
Revises: 0727bench0727
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0728bench0728'
down_revision = '0727bench0727'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0727",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0727")
