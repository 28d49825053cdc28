"""A project on disk for subprocess tests: an app.py and numbered revisions that log themselves.

Each revision creates a table and inserts its id into ``applied``, so a test can count how
often each one ran, whatever the history table says.
"""

from __future__ import annotations

import os
import subprocess
import sys

import sqlalchemy as sa

APP = """\
import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
Migrate(app, db, directory=os.path.join(os.path.dirname(__file__), "migrations"))
"""

REVISION = '''\
"""step {n}"""
from alembic import op
import sqlalchemy as sa

revision = "r{n:02d}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{first}    op.create_table("t{n:02d}", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO applied (rev) VALUES ('r{n:02d}')")


def downgrade():
    op.drop_table("t{n:02d}")
'''


def write_project(p, count: int = 20) -> None:
    """An app.py for subprocesses, and ``count`` revisions that each log themselves once."""
    p.ok("db", "init")
    (p.root / "app.py").write_text(APP)
    for n in range(1, count + 1):
        first = '    op.create_table("applied", sa.Column("rev", sa.String(8)))\n' if n == 1 else ""
        down = None if n == 1 else f"r{n - 1:02d}"
        text = REVISION.format(n=n, down=down, first=first)
        (p.migrations / "versions" / f"r{n:02d}_step.py").write_text(text)


def flask(p, *args: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": p.url, "FLASK_APP": "app"}
    return subprocess.Popen(
        [sys.executable, "-m", "flask", *args],
        cwd=p.root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def rows(p, sql: str) -> list:
    with p.app.app_context():
        with p.db.engine.connect() as connection:
            return list(connection.execute(sa.text(sql)))
