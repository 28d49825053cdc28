"""step 807

Revision ID: 0808bench0808
Revises: 0807bench0807
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '0808bench0808'
down_revision = '0807bench0807'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_0807",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_0807")
