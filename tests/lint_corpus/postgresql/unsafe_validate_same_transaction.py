"""NOT VALID then VALIDATE in one transaction keeps the first lock during the scan.

Source: squawk constraint-missing-not-valid (validate in the same transaction) / strong_migrations.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_validate_same_transaction"
down_revision = None

EXPECT = 'validate-in-same-transaction'
SERVER_VERSION = None


def upgrade():
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user")


def downgrade():
    op.drop_constraint("fk_orders_user", "orders", type_="foreignkey")
