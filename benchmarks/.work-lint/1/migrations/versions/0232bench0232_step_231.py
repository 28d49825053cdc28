"""step 231

Revision ID: 0232bench0232
Revises: 0231bench0231
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0232bench0232'
down_revision = '0231bench0231'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0231",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0231")
