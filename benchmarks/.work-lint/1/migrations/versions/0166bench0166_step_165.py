"""step 165

Revision ID: 0166bench0166
Revises: 0165bench0165
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0166bench0166'
down_revision = '0165bench0165'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0165",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0165")
