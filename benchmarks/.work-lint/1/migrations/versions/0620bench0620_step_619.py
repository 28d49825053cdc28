"""step 619

Revision ID: 0620bench0620
Revises: 0619bench0619
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0620bench0620'
down_revision = '0619bench0619'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0619",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0619")
