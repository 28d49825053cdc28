"""step 267

Revision ID: 0268bench0268
Revises: 0267bench0267
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0268bench0268'
down_revision = '0267bench0267'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0267",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0267")
