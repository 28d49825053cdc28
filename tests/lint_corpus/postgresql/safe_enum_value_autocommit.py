"""A new enum value added outside a transaction.

Source: PostgreSQL docs (ALTER TYPE ... ADD VALUE).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_enum_value_autocommit"
down_revision = None

EXPECT = None
SERVER_VERSION = '11.22'


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE order_status ADD VALUE 'refunded'")


def downgrade():
    pass
