"""step 693

Revision ID: 0694bench0694
Revises: 0693bench0693
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0694bench0694'
down_revision = '0693bench0693'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0693",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0693")
