"""step 368

Revision ID: 0369bench0369
Revises: 0368bench0368
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0369bench0369'
down_revision = '0368bench0368'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0368",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0368")
