#!/usr/bin/env bash
# docs/deploying.md's lock-wait report, on PostgreSQL ($DATABASE_URL): a table invoices at the
# first revision, a second revision that alters it, and a session of 'billing-report' idle in
# a transaction that read the table (in the background for 60 s, or until killed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/app_on_database_url.sh"
cat > migrations/versions/1f0c9a7d2b44_create_invoices.py <<'PY'
"""create invoices"""
import sqlalchemy as sa
from alembic import op

revision = "1f0c9a7d2b44"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("invoices", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("invoices")
PY
cat > migrations/versions/7c3e5b1a9d20_add_invoice_total.py <<'PY'
"""add invoice total"""
import sqlalchemy as sa
from alembic import op

revision = "7c3e5b1a9d20"
down_revision = "1f0c9a7d2b44"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("invoices", sa.Column("total", sa.Numeric(12, 2)))


def downgrade():
    op.drop_column("invoices", "total")
PY
flask db upgrade 1f0c9a7d2b44 >/dev/null 2>&1
python - >report.log 2>&1 <<'PY' &
import os, time
import sqlalchemy as sa

engine = sa.create_engine(
    os.environ["DATABASE_URL"], connect_args={"application_name": "billing-report"}
)
with engine.connect() as connection:
    connection.execute(sa.text("SELECT count(*) FROM invoices"))
    open("reading", "w").close()
    time.sleep(60)
PY
for _ in $(seq 1 300); do [ -e reading ] && exit 0; sleep 0.1; done
echo "the reading session never started:" >&2; cat report.log >&2; exit 1
