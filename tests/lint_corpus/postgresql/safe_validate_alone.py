"""VALIDATE CONSTRAINT alone takes a lock that lets reads and writes go on.

Source: strong_migrations adding a foreign key (good, step 2).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_validate_alone"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user")


def downgrade():
    pass
