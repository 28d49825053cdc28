"""step 564

Revision ID: 0565bench0565
Revises: 0564bench0564
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0565bench0565'
down_revision = '0564bench0564'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0564",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0564")
