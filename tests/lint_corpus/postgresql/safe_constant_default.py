"""A NOT NULL column with a constant default: no rewrite on PostgreSQL 11+.

Source: strong_migrations (good on PostgreSQL 11+).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_constant_default"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False))


def downgrade():
    op.drop_column("users", "active")
