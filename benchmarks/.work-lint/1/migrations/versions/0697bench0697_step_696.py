"""step 696

Revision ID: 0697bench0697
Revises: 0696bench0696
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0697bench0697'
down_revision = '0696bench0696'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0696",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0696")
