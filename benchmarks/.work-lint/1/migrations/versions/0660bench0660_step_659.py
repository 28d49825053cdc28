"""step 659

Revision ID: 0660bench0660
Revises: 0659bench0659
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0660bench0660'
down_revision = '0659bench0659'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0659",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0659")
