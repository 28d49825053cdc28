"""step 635

Revision ID: 0636bench0636
Revises: 0635bench0635
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0636bench0636'
down_revision = '0635bench0635'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0635",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0635")
