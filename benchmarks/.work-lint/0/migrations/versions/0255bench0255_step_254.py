"""step 254

Revision ID: 0255bench0255
Revises: 0254bench0254
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0255bench0255'
down_revision = '0254bench0254'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0254",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0254")
