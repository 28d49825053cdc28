"""step 409

Revision ID: 0410bench0410
Revises: 0409bench0409
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0410bench0410'
down_revision = '0409bench0409'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0409",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0409")
