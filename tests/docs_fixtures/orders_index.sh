#!/usr/bin/env bash
# A migrations folder whose second revision indexes an existing table without CONCURRENTLY
# (docs/lint.md's first example). No application: lint runs with --dialect and -d.
set -euo pipefail
mkdir -p migrations/versions
cat > migrations/versions/1c0d_create_orders.py <<'PY'
"""create orders"""
import sqlalchemy as sa
from alembic import op

revision = "1c0d"
down_revision = None


def upgrade():
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False),
    )


def downgrade():
    op.drop_table("orders")
PY
cat > migrations/versions/3f2a_orders_user_index.py <<'PY'
"""index orders by user"""
from alembic import op

revision = "3f2a"
down_revision = "1c0d"


def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"])


def downgrade():
    op.drop_index("ix_orders_user_id", "orders")
PY
