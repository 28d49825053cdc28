"""An explicit LOCK TABLE in a migration blocks readers and writers until commit.

Source: PostgreSQL docs (LOCK TABLE).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_lock_table"
down_revision = None

EXPECT = 'blocking-command'
SERVER_VERSION = None


def upgrade():
    op.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE")


def downgrade():
    pass
