"""Throwaway databases: made on the application's own server for one test run, dropped after.

PostgreSQL and MySQL/MariaDB get a new database beside the application's (same server, same
user); SQLite gets a file in a temporary folder. Every name says who made it
(``fmkit_<host>_<pid>_<time>_<worker>_<n>``), so that a later run can tell the leftovers of a
killed run (their process is gone) from those of a run still going, and drop them.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import queue
import re
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

PREFIX = "fmkit_"
_NAME = re.compile(r"^fmkit_([0-9a-f]{4})_(\d+)_(\d+)_")


class ThrowawayError(Exception):
    """A throwaway database could not be made: one line that says why and what to do."""


def host_tag() -> str:
    """Four hex digits for this machine: a pid means something only on the host that made it."""
    return hashlib.sha1(socket.gethostname().encode()).hexdigest()[:4]


def worker_id() -> str:
    """The pytest-xdist worker ("gw0", ...), or "main"."""
    return re.sub(r"\W", "", os.environ.get("PYTEST_XDIST_WORKER", "main"))[:8] or "main"


def backend(url: URL) -> str:
    return url.get_backend_name()


def _sync(url: URL) -> URL:
    """A URL the admin engine can use: async drivers swapped for their sync counterpart."""
    driver = url.drivername
    sync = {
        "postgresql+asyncpg": "postgresql+psycopg",
        "postgresql+psycopg_async": "postgresql+psycopg",
        "mysql+aiomysql": "mysql+pymysql",
        "mysql+asyncmy": "mysql+pymysql",
        "sqlite+aiosqlite": "sqlite",
    }.get(driver, driver)
    if sync == "postgresql+psycopg" and sa.__version__.startswith("1."):
        sync = "postgresql+psycopg2"  # SQLAlchemy 1.4 knows psycopg2 only
    return url.set(drivername=sync)


def _quote(url: URL, name: str) -> str:
    return f"`{name}`" if backend(url) == "mysql" else f'"{name}"'


@dataclass
class Throwaways:
    """The databases one test process made; ``drop_all`` (also at exit) drops them."""

    made: list[URL] = field(default_factory=list)
    _folder: str | None = None
    _count: int = 0
    _dropper: threading.Thread | None = None
    _queue: queue.Queue[URL | None] = field(default_factory=queue.Queue)

    def __post_init__(self) -> None:
        atexit.register(self.drop_all)

    def _name(self) -> str:
        self._count += 1
        return f"{PREFIX}{host_tag()}_{os.getpid()}_{int(time.time())}_{worker_id()}_{self._count}"

    def create(self, like: str | URL, label: str = "default") -> URL:
        """A new empty database on the server of ``like`` (a file beside none for SQLite)."""
        url = make_url(like) if isinstance(like, str) else like
        name = self._name()
        if backend(url) == "sqlite":
            if self._folder is None:
                self._folder = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}_")
            made = url.set(database=os.path.join(self._folder, f"{name}_{label}.db"))
        else:
            made = url.set(database=name)
            _admin(url, f"CREATE DATABASE {_quote(url, name)}", label)
        self.made.append(made)
        return made

    def clone(self, template: URL, label: str = "default") -> URL:
        """A copy of ``template``: CREATE DATABASE ... TEMPLATE on PostgreSQL, a file copy on
        SQLite; on MySQL/MariaDB a new database with the template's tables copied."""
        kind = backend(template)
        name = self._name()
        if kind == "sqlite":
            made = template.set(database=os.path.join(self._folder or "", f"{name}_{label}.db"))
            shutil.copyfile(str(template.database), str(made.database))
        elif kind == "postgresql":
            made = template.set(database=name)
            _admin(template, f'CREATE DATABASE "{name}" TEMPLATE "{template.database}"', label)
        else:
            raise ThrowawayError(f"Cannot clone a {kind} database.")
        self.made.append(made)
        return made

    def drop(self, url: URL) -> None:
        if url in self.made:
            self.made.remove(url)
        drop_database(url)

    def drop_later(self, url: URL) -> None:
        """Drop ``url`` in a thread of its own: PostgreSQL's DROP DATABASE waits for a
        checkpoint, which the next test need not wait for."""
        if self._dropper is None:
            self._dropper = threading.Thread(target=self._drop_queued, daemon=True)
            self._dropper.start()
        self._queue.put(url)

    def _drop_queued(self) -> None:
        while True:
            url = self._queue.get()
            if url is None:
                return
            try:
                self.drop(url)
            except Exception:  # noqa: BLE001 - the next run's sweep drops what is left
                pass

    def drop_all(self) -> None:
        if self._dropper is not None:
            self._queue.put(None)
            self._dropper.join()
            self._dropper = None
        for url in list(reversed(self.made)):
            try:
                self.drop(url)
            except Exception:  # noqa: BLE001 - the next run's sweep drops what is left
                pass
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def drop_database(url: URL) -> None:
    """Drop a database (remove a SQLite file), connections to it and all."""
    if backend(url) == "sqlite":
        if url.database and os.path.exists(url.database):
            os.remove(url.database)
        return
    force = " WITH (FORCE)" if backend(url) == "postgresql" else ""
    _admin(url, f"DROP DATABASE IF EXISTS {_quote(url, str(url.database))}{force}")


def _server(url: URL) -> URL:
    """Where CREATE/DROP DATABASE runs: PostgreSQL's "postgres" database, MySQL's none."""
    database = "postgres" if backend(url) == "postgresql" else None
    return _sync(url)._replace(database=database)  # URL.set cannot unset


def _admin(url: URL, statement: str, label: str | None = None) -> None:
    engine = sa.create_engine(_server(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(sa.text(statement))
    except Exception as exc:  # noqa: BLE001 - any failure to create is said in one line
        if label is None:
            raise
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        where = url.render_as_string(hide_password=True)
        raise ThrowawayError(
            f"Cannot create a throwaway database for the {label} database on the server of"
            f" {where}: {reason}. Give the user the right to create databases, or pass"
            " --migrations-db URL of a server where it may."
        ) from None
    finally:
        engine.dispose()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stale(name: str) -> bool:
    """True for a database this host's kit made in a process that is gone."""
    match = _NAME.match(name)
    if match is None or match.group(1) != host_tag():
        return False
    return int(match.group(2)) != os.getpid() and not _alive(int(match.group(2)))


def sweep(like: str | URL) -> list[str]:
    """Drop the throwaway databases of killed runs on the server of ``like``; their names."""
    url = make_url(like) if isinstance(like, str) else like
    if backend(url) == "sqlite":
        return _sweep_files()
    query = {
        "postgresql": "SELECT datname FROM pg_database WHERE datname LIKE 'fmkit\\_%'",
        "mysql": "SELECT schema_name FROM information_schema.schemata"
        " WHERE schema_name LIKE 'fmkit\\_%'",
    }.get(backend(url))
    if query is None:
        return []
    engine = sa.create_engine(_server(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            names = [n for (n,) in connection.execute(sa.text(query)) if stale(n)]
    except Exception:  # noqa: BLE001 - sweeping is best effort; the create says what is wrong
        return []
    finally:
        engine.dispose()
    for name in names:
        try:
            drop_database(url.set(database=name))
        except Exception:  # noqa: BLE001 - still in use, or gone meanwhile: the next run tries
            pass
    return names


def _sweep_files() -> list[str]:
    found = []
    root = tempfile.gettempdir()
    for entry in os.listdir(root):
        match = re.match(rf"^{PREFIX}(\d+)_", entry)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            shutil.rmtree(os.path.join(root, entry), ignore_errors=True)
            found.append(entry)
    return found


def redacted(url: Any) -> str:
    return make_url(url).render_as_string(hide_password=True) if url else ""
