"""step 939

Revision ID: 0940bench0940
Revises: 0939bench0939
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0940bench0940'
down_revision = '0939bench0939'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0939",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0939")
