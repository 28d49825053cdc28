"""step 346

Revision ID: 0347bench0347
Revises: 0346bench0346
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0347bench0347'
down_revision = '0346bench0346'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0346",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0346")
