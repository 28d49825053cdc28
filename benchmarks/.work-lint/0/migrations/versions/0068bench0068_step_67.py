"""step 67

Revision ID: 0068bench0068
Revises: 0067bench0067
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0068bench0068'
down_revision = '0067bench0067'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0067",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0067")
