"""Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block.

Source: PostgreSQL docs (ALTER TYPE ... ADD VALUE before 12).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_enum_value_pg11"
down_revision = None

EXPECT = 'enum-value-in-transaction'
SERVER_VERSION = '11.22'


def upgrade():
    op.execute("ALTER TYPE order_status ADD VALUE 'refunded'")


def downgrade():
    pass
