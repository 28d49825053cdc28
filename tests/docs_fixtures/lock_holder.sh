#!/usr/bin/env bash
# docs/deploying.md's lock examples, on PostgreSQL ($DATABASE_URL): a revision that, once it
# runs (holding the migration lock), waits until another process queues for the lock; with
# "until-gone" it then also waits until that process gave up. The holder runs in the
# background (holder.log); this script returns once it holds the lock.
set -euo pipefail
mode=${1:-until-waiter}
source "$(dirname "${BASH_SOURCE[0]}")/app_on_database_url.sh"
cat > migrations/versions/3f2a1c9e0b7d_create_users.py <<'PY'
"""create users"""
import os
import time

import sqlalchemy as sa
from alembic import op

revision = "3f2a1c9e0b7d"
down_revision = None
branch_labels = None
depends_on = None

WAITERS = sa.text(
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def waiters():
    engine = sa.create_engine(os.environ["DATABASE_URL"], poolclass=sa.pool.NullPool)
    with engine.connect() as connection:
        return connection.execute(WAITERS).scalar()


def upgrade():
    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True))
    open("holding", "w").close()
    deadline = time.monotonic() + 120
    while not waiters() and time.monotonic() < deadline:
        time.sleep(0.1)
    while os.environ.get("HOLD") == "until-gone" and waiters() and time.monotonic() < deadline:
        time.sleep(0.1)


def downgrade():
    op.drop_table("users")
PY
HOLD=$mode flask db upgrade >holder.log 2>&1 &
for _ in $(seq 1 600); do [ -e holding ] && exit 0; sleep 0.1; done
echo "the holder never took the lock:" >&2; cat holder.log >&2; exit 1
