"""step 273

Revision ID: 0274bench0274
Revises: 0273bench0273
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0274bench0274'
down_revision = '0273bench0273'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0273",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0273")
