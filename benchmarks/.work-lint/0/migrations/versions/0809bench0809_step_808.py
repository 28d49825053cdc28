"""step 808

Revision ID: 0809bench0809
Revises: 0808bench0808
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0809bench0809'
down_revision = '0808bench0808'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0808",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0808")
