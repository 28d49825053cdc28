"""A volatile default is computed per row: the table is rewritten.

Source: strong_migrations adding a column with a volatile default / squawk adding-field-with-default.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_volatile_default"
down_revision = None

EXPECT = 'volatile-default'
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("jitter", sa.Float(), server_default=sa.text("random()")))


def downgrade():
    op.drop_column("users", "jitter")
