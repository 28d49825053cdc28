"""step 266

Revision ID: 0267bench0267
Revises: 0266bench0266
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0267bench0267'
down_revision = '0266bench0266'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0266",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0266")
