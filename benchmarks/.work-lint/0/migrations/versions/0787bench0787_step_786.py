"""step 786

Revision ID: 0787bench0787
Revises: 0786bench0786
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0787bench0787'
down_revision = '0786bench0786'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0786",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0786")
