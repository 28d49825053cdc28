#!/usr/bin/env bash
# A project whose second revision fails half way (README.md's error example): the first
# revision applied, the second creates a table and then runs a misspelt INSERT. The database
# is $DATABASE_URL. Run in an empty folder, with flask on PATH.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/app_on_database_url.sh"
cat > migrations/versions/1a2b3c4d5e6f_create_tags.py <<'PY'
"""create tags"""
import sqlalchemy as sa
from alembic import op

revision = "1a2b3c4d5e6f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("tag", sa.Column("id", sa.Integer, primary_key=True), sa.Column("label", sa.String(50)))


def downgrade():
    op.drop_table("tag")
PY
cat > migrations/versions/2b3c4d5e6f7a_add_posts.py <<'PY'
"""add posts"""
import sqlalchemy as sa
from alembic import op

revision = "2b3c4d5e6f7a"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("post", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INT tag (label) VALUES ('x')")


def downgrade():
    op.drop_table("post")
PY
flask db upgrade 1a2b3c4d5e6f >/dev/null 2>&1
