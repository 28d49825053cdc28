"""step 618

Revision ID: 0619bench0619
Revises: 0618bench0618
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0619bench0619'
down_revision = '0618bench0618'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0618",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0618")
