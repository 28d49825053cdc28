"""step 441

Revision ID: 0442bench0442
Revises: 0441bench0441
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0442bench0442'
down_revision = '0441bench0441'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0441",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0441")
