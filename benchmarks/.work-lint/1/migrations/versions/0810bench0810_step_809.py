"""step 809

Revision ID: 0810bench0810
Revises: 0809bench0809
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0810bench0810'
down_revision = '0809bench0809'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0809",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0809")
