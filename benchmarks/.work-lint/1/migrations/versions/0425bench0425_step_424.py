"""step 424

Revision ID: 0425bench0425
Revises: 0424bench0424
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0425bench0425'
down_revision = '0424bench0424'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0424",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0424")
