"""step 571

Revision ID: 0572bench0572
Revises: 0571bench0571
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0572bench0572'
down_revision = '0571bench0571'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0571",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0571")
