"""REINDEX without CONCURRENTLY blocks writes to the table.

Source: PostgreSQL docs (REINDEX).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_reindex"
down_revision = None

EXPECT = 'blocking-command'
SERVER_VERSION = None


def upgrade():
    op.execute("REINDEX TABLE orders")


def downgrade():
    pass
