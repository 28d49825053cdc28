"""Before PostgreSQL 11 any default on ADD COLUMN rewrites the table.

Source: strong_migrations adding a column with a default (before PostgreSQL 11).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_default_pg10"
down_revision = None

EXPECT = 'default-rewrites-table'
SERVER_VERSION = '10.23'


def upgrade():
    op.add_column("users", sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False))


def downgrade():
    op.drop_column("users", "active")
