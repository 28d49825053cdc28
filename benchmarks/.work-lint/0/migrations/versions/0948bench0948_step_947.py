"""step 947

Revision ID: 0948bench0948
Revises: 0947bench0947
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0948bench0948'
down_revision = '0947bench0947'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0947",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0947")
