"""step 240

Revision ID: 0241bench0241
Revises: 0240bench0240
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0241bench0241'
down_revision = '0240bench0240'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0240",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0240")
