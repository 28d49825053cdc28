"""index orders.user_id (the fix: built concurrently)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 09:10:00

"""
from alembic import op

from flask_migrations.lint import safe

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    safe.create_index_concurrently(op.f("ix_orders_user_id"), "orders", ["user_id"])


def downgrade():
    safe.drop_index_concurrently(op.f("ix_orders_user_id"), table_name="orders")
