"""An unbounded UPDATE in the same transaction as the DDL holds the DDL lock for the whole backfill.

Source: strong_migrations backfilling data / django-migration-linter (data migrations mixed with schema).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_backfill_with_ddl"
down_revision = None

EXPECT = 'backfill-with-ddl'
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("score", sa.Integer()))
    op.execute("UPDATE users SET score = 0")


def downgrade():
    op.drop_column("users", "score")
