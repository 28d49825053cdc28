"""step 724

Revision ID: 0725bench0725
Revises: 0724bench0724
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0725bench0725'
down_revision = '0724bench0724'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0724",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0724")
