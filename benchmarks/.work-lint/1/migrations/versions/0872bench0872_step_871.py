"""step 871

Revision ID: 0872bench0872
Revises: 0871bench0871
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0872bench0872'
down_revision = '0871bench0871'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0871",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0871")
