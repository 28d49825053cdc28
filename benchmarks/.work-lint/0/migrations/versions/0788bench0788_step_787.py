"""step 787

Revision ID: 0788bench0788
Revises: 0787bench0787
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0788bench0788'
down_revision = '0787bench0787'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0787",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0787")
