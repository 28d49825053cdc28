"""step 810

Revision ID: 0811bench0811
Revises: 0810bench0810
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0811bench0811'
down_revision = '0810bench0810'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0810",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0810")
