"""step 762

Revision ID: 0763bench0763
Revises: 0762bench0762
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0763bench0763'
down_revision = '0762bench0762'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0762",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0762")
