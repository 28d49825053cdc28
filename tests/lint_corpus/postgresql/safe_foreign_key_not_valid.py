"""The foreign key added NOT VALID: new rows are checked, old ones later.

Source: strong_migrations adding a foreign key (good, step 1).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_foreign_key_not_valid"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)


def downgrade():
    op.drop_constraint("fk_orders_user", "orders", type_="foreignkey")
