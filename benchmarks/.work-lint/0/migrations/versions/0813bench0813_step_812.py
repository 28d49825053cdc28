"""step 812

Revision ID: 0813bench0813
Revises: 0812bench0812
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0813bench0813'
down_revision = '0812bench0812'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0812",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0812")
