"""A schema-per-tenant project on disk for the fleet tests: an app.py, the shared migrations
folder (``migrations``) and the tenants' own (``migrations/tenant``), whose revisions log
themselves.

Every tenant revision inserts its id into the tenant's ``applied`` table in the transaction
that applies it, so a test counts how often each revision ran in each tenant, besides what the
tenant's history table says. Revision t02 can be slowed down (a file, FLEET_SLOW_FILE, while it
exists) so a test can kill or interrupt a worker in the middle of a tenant; t03 makes ``name``
NOT NULL, which fails in a tenant holding a row without a name.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

APP = """\
import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate
from flask_migrations.fleet import Tenants, schemas_matching

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


class Account(db.Model):  # shared (revision s01)
    __tablename__ = "accounts"
    id = db.Column(db.Integer, primary_key=True)
    created = db.Column(db.DateTime, server_default=db.func.clock_timestamp())


class Invoice(db.Model):  # a tenant model no revision has yet
    id = db.Column(db.Integer, primary_key=True)


here = os.path.dirname(__file__)
tenants = Tenants(
    schemas_matching("tenant\\\\_%"),
    directory=os.path.join(here, "migrations", "tenant"),
    models=[Invoice.__table__],
    lease=float(os.environ.get("FLEET_LEASE", "60")),
    recycle=int(os.environ.get("FLEET_RECYCLE", "200")),
)
if os.environ.get("CELERY_BROKER"):  # the Celery executor's test
    from celery import Celery
    from flask_migrations.fleet.celery_executor import register

    broker = os.environ["CELERY_BROKER"]
    celery = Celery("fleet", broker=broker, backend=broker)
    celery.conf.task_default_queue = os.environ["CELERY_QUEUE"]
    register(celery, app)
    tenants.celery = celery
Migrate(app, db, directory=os.path.join(here, "migrations"), tenants=tenants)
"""

SHARED = '''\
"""shared accounts"""
from alembic import op
import sqlalchemy as sa

revision = "s01"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created", sa.DateTime, server_default=sa.func.clock_timestamp()),
    )


def downgrade():
    op.drop_table("accounts")
'''

TENANT = '''\
"""tenant step {n}"""
import os
from alembic import op
import sqlalchemy as sa

revision = "t{n:02d}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}    op.execute(
        "INSERT INTO applied (rev, at, shared_at) VALUES ('t{n:02d}', clock_timestamp(),"
        " (SELECT max(created) FROM public.accounts))"
    )


def downgrade():
    pass
'''

FIRST = """\
    op.create_table(
        "applied",
        sa.Column("rev", sa.String(8)),
        sa.Column("at", sa.DateTime),
        sa.Column("shared_at", sa.DateTime),
    )
    op.create_table(
        "items", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text)
    )
"""

SLOW = """\
    slow = os.environ.get("FLEET_SLOW_DIR")
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    while slow and os.path.exists(os.path.join(slow, schema)):
        op.execute("SELECT pg_sleep(0.1)")
"""

NOT_NULL = """\
    op.alter_column("items", "name", nullable=False)
"""


def write(root: Path, url: str, tenant_revisions: int = 3) -> Path:
    """The app and its migrations folder (made by ``flask db init``) in ``root``."""
    (root / "app.py").write_text(APP)
    flask(root, url, "db", "init").check_returncode()
    flask(root, url, "db", "init", "-d", "migrations/tenant").check_returncode()
    (root / "migrations" / "versions" / "s01_shared.py").write_text(SHARED)
    versions = root / "migrations" / "tenant" / "versions"
    for n in range(1, tenant_revisions + 1):
        body = {1: FIRST, 2: SLOW, 3: NOT_NULL}.get(n, "")
        text = TENANT.format(
            n=n,
            down=None if n == 1 else f"t{n - 1:02d}",
            body=body,
        )
        (versions / f"t{n:02d}_tenant.py").write_text(text)
    return root


def flask(root: Path, url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``flask <args>`` in ``root`` and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "flask", *args],
        cwd=root,
        env=_env(url, env),
        capture_output=True,
        text=True,
        timeout=240,
    )


def _ctrl_c_works() -> None:
    """In the child: SIGINT does what Ctrl-C does, even when the test run was started as a
    background job of a script (which starts it with SIGINT ignored, and children inherit)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(root: Path, url: str, *args: str, **env: str) -> subprocess.Popen[str]:
    """Start ``flask <args>`` in ``root``."""
    return subprocess.Popen(
        [sys.executable, "-m", "flask", *args],
        cwd=root,
        env=_env(url, env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ctrl_c_works,
    )


def _env(url: str, extra: dict[str, str]) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": url, "FLASK_APP": "app", **extra}


def create_tenants(url: str, names: list[str]) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            for name in names:
                connection.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    finally:
        engine.dispose()


def query(url: str, sql: str, **params: Any) -> list[Any]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            result = connection.execute(sa.text(sql), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def applied(url: str, tenant: str) -> list[str]:
    """The tenant revisions that ran in ``tenant``, once per run of each."""
    return [r[0] for r in query(url, f'SELECT rev FROM "{tenant}".applied ORDER BY at')]


def history(url: str, tenant: str) -> list[tuple[str, bool]]:
    """The tenant's history rows: (revision, success), oldest first."""
    sql = f'SELECT revision, success FROM "{tenant}".flask_migrations_history ORDER BY id'
    return [(r[0], bool(r[1])) for r in query(url, sql)]


def versions(url: str, tenant: str) -> set[str]:
    return {r[0] for r in query(url, f'SELECT version_num FROM "{tenant}".alembic_version')}


def wait_for(condition: Any, timeout: float = 60.0) -> Any:
    """Poll ``condition()`` until it returns something true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


DATABASES_APP = """\
import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate
from flask_migrations.fleet import Tenants, databases_matching

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
here = os.path.dirname(__file__)
tenants = Tenants(
    databases_matching(os.environ["FLEET_DATABASES"]),
    kind="database",
    directory=os.path.join(here, "migrations", "tenant"),
)
Migrate(app, db, directory=os.path.join(here, "migrations"), tenants=tenants)
"""

DATABASE_REVISIONS = {
    1: """\
    op.create_table("applied", sa.Column("rev", sa.String(8)))
    op.create_table(
        "items", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text)
    )
""",
    2: """\
    if sa.inspect(op.get_bind()).has_table("poison"):  # a tenant whose data breaks t03
        op.execute("INSERT INTO items (id, name) VALUES (1, NULL)")
""",
    3: """\
    op.alter_column("items", "name", existing_type=sa.Text(), nullable=False)
""",
}

DATABASE_REVISION = '''\
"""tenant step {n}"""
from alembic import op
import sqlalchemy as sa

revision = "t{n:02d}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}    op.execute("INSERT INTO applied (rev) VALUES ('t{n:02d}')")


def downgrade():
    pass
'''


def write_databases(root: Path, url: str, pattern: str) -> Path:
    """A database-per-tenant project: tenants are the databases matching ``pattern``."""
    (root / "app.py").write_text(DATABASES_APP)
    env = {"FLEET_DATABASES": pattern}
    flask(root, url, "db", "init", **env).check_returncode()
    flask(root, url, "db", "init", "-d", "migrations/tenant", **env).check_returncode()
    versions = root / "migrations" / "tenant" / "versions"
    for n, body in DATABASE_REVISIONS.items():
        down = None if n == 1 else f"t{n - 1:02d}"
        (versions / f"t{n:02d}.py").write_text(DATABASE_REVISION.format(n=n, down=down, body=body))
    return root
