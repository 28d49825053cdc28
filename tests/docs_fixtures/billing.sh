#!/usr/bin/env bash
# A project for the docs' graph and progress examples (hidden setup of README.md and
# docs/commands.md): users with a billing branch merged back, the database at both branch heads
# with the merge and a backfill pending. Run in an empty folder, with flask on PATH.
set -euo pipefail
cat > app.py <<'PY'
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(app)
migrate = Migrate(app, db)
PY
flask db init >/dev/null
revision() {  # id, down_revision, branch_labels, message, upgrade body
    cat > "migrations/versions/$1_$(echo "$4" | tr ' ' _).py" <<PY
"""$4"""
import sqlalchemy as sa
from alembic import op

revision = "$1"
down_revision = $2
branch_labels = $3
depends_on = None


def upgrade():
    $5


def downgrade():
    pass
PY
}
revision b8a54260c1d2 None None "create users" \
    'op.create_table("users", sa.Column("id", sa.Integer, primary_key=True))'
revision 8c09514fc4cc '"b8a54260c1d2"' None "add email to users" \
    'op.add_column("users", sa.Column("email", sa.String(200)))'
revision 51176734e9a0 '"b8a54260c1d2"' '("billing",)' "create invoices" \
    'op.create_table("invoices", sa.Column("id", sa.Integer, primary_key=True))'
revision 9984bd1d5136 '"51176734e9a0"' None "add invoice totals" \
    'op.add_column("invoices", sa.Column("total", sa.Numeric(12, 2)))'
revision d82851e41f5f '("8c09514fc4cc", "9984bd1d5136")' None "merge billing" 'pass'
revision bb69e837d43d '"d82851e41f5f"' None "backfill invoice totals" \
    'op.execute("UPDATE invoices SET total = 0 WHERE total IS NULL")'
flask db upgrade 8c09514fc4cc >/dev/null 2>&1
flask db upgrade 9984bd1d5136 >/dev/null 2>&1
if [ "${1:-}" = "ran-before" ]; then  # the pending revisions ran once and were undone
    flask db upgrade >/dev/null 2>&1
    flask db downgrade d82851e41f5f >/dev/null 2>&1
    flask db downgrade 8c09514fc4cc >/dev/null 2>&1
fi
