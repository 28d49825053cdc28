"""step 180

Revision ID: 0181bench0181
Revises: 0180bench0180
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0181bench0181'
down_revision = '0180bench0180'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0180",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0180")
