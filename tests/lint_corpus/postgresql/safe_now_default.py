"""now() is stable, not volatile: evaluated once, no rewrite on PostgreSQL 11+.

Source: strong_migrations (good: non-volatile default).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_now_default"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("seen_at", sa.DateTime(), server_default=sa.text("now()")))


def downgrade():
    op.drop_column("users", "seen_at")
