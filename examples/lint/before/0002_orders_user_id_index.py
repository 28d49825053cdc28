"""index orders.user_id (as autogenerate writes it: flagged)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 09:10:00

"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f("ix_orders_user_id"), "orders", ["user_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_orders_user_id"), table_name="orders")
