"""The check constraint added NOT VALID.

Source: squawk constraint-missing-not-valid (good).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_check_not_valid"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_check_constraint("ck_orders_qty", "orders", "quantity > 0", postgresql_not_valid=True)


def downgrade():
    op.drop_constraint("ck_orders_qty", "orders", type_="check")
