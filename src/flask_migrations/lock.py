"""The database-wide migration lock that upgrade, downgrade and stamp hold.

Many replicas may run ``flask db upgrade`` at the same moment. Each takes this lock on every
database before Alembic reads the current revision, and keeps it until the command is done; the
others wait, then find the work done and do nothing. The lock lives outside env.py, so it holds
whatever env.py the migrations folder has.

- PostgreSQL: a session-level ``pg_advisory_lock`` on a connection of its own.
- MySQL/MariaDB: ``GET_LOCK`` on a connection of its own.
- SQLite: an OS file lock (``flock``) on a file beside the database file; an in-memory database
  belongs to one process and needs none.
- Any other database: a row of a small lock table, locked with ``SELECT ... FOR UPDATE`` in an
  open transaction on a connection of its own.

A holder that crashes loses its connection (and its process), and the lock with it.

The PostgreSQL and MySQL locks live on a connection that sits idle while the revisions run, and
a server, pooler or network that closes idle connections would end the lock with it. Their lock
connection turns the server's idle timeout off for itself (and puts back the application's own
value before it returns to the pool), and :meth:`Held.check` asks the server, before each
revision, whether the lock is still held (see :mod:`flask_migrations.deploy`).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import re
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Callable

import sqlalchemy as sa

from .errors import ConfigurationError, MigrationError

#: Seconds to wait for the lock when neither the caller nor MIGRATIONS_LOCK_TIMEOUT says.
DEFAULT_TIMEOUT = 600.0

#: Name of the table the portable fallback locks a row of.
LOCK_TABLE = "flask_migrations_lock"

_POLL = 0.05

#: The longest wait_timeout MySQL and MariaDB accept (a year, in seconds).
_MYSQL_LONGEST_WAIT = 31536000


class LockTimeoutError(MigrationError):
    """Another process held the migration lock for longer than the lock timeout."""

    exit_code = 3


class LockLostError(MigrationError):
    """The server ended the migration lock while the command ran (its connection was closed)."""

    #: The database whose lock was lost ("" for the default database), and the server's reason.
    database: str = ""
    reason: str = ""


@dataclass(frozen=True)
class LockWait:
    """What a process that must wait for the lock knows: which database, and who holds it."""

    database: str  # "" for the default database, else the bind key
    url: str  # without the password
    holder: str | None  # "pid 123 on host web-1 (since ...)", when the database can tell
    timeout: float

    @property
    def label(self) -> str:
        return self.database or "default"


#: Called once per database, before waiting, when the lock is taken by someone else.
OnWait = Callable[[LockWait], None]


def _url_text(engine: Any) -> str:
    try:
        return str(engine.url.render_as_string(hide_password=True))
    except AttributeError:  # pragma: no cover - very old SQLAlchemy
        return repr(engine.url)


def whoami() -> str:
    """``user@host pid N``: how a holder names itself where the lock can carry a name."""
    return f"{_user()}@{socket.gethostname()} pid {os.getpid()}"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # a container without a passwd entry
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def sync_engine(engine: Any) -> tuple[Any, bool]:
    """A synchronous engine for the lock connection, and whether it was made here (to dispose).

    An AsyncEngine's own connections need an event loop; the lock needs a plain connection
    held open for the length of the command, so it gets one through the synchronous driver.
    """
    if getattr(engine, "sync_engine", None) is None:  # not an AsyncEngine (no import needed)
        return engine, False
    url = engine.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        return sa.create_engine(url.set(drivername="sqlite"), poolclass=sa.pool.NullPool), True
    drivers = {"postgresql": "postgresql", "mysql": "mysql+pymysql", "mariadb": "mariadb+pymysql"}
    driver = drivers.get(backend, backend)
    try:
        return sa.create_engine(url.set(drivername=driver), poolclass=sa.pool.NullPool), True
    except ImportError as exc:
        raise ConfigurationError(
            f"The migration lock of an async {backend} database needs a synchronous driver"
            f" ({exc.name} is not installed).",
            hint="Install psycopg or PyMySQL, or set MIGRATIONS_LOCK = False.",
        ) from exc


class _Lock:
    """One database's lock. ``key`` tells apart databases (two binds on one database share it)."""

    key: tuple[str, ...]
    #: The name of the database the lock was taken for ("" for the default database).
    database = ""

    def try_acquire(self) -> bool:
        raise NotImplementedError

    def lost(self) -> str | None:
        """Why the lock is no longer held, asked of the server; None while it is held.

        Locks that cannot end while their holder lives (an OS file lock) need no asking.
        """
        return None

    def acquire(self, deadline: float) -> bool:
        """Block until the lock is held (True) or ``deadline`` passed (False)."""
        while True:
            if self.try_acquire():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(_POLL, max(0.0, deadline - time.monotonic())))

    def holder(self) -> str | None:
        return None

    def release(self) -> None:
        """Let go of the lock and close what it holds open."""
        raise NotImplementedError

    def close(self) -> None:
        """Close what the lock holds open, without ever having held the lock."""
        raise NotImplementedError


class _PostgresLock(_Lock):
    def __init__(self, engine: Any) -> None:
        self.connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        database, self.pid = self.connection.execute(
            sa.text("SELECT current_database(), pg_backend_pid()")
        ).one()
        # Advisory locks are server-wide: the key names the database.
        digest = hashlib.sha256(f"flask_migrations:{database}".encode()).digest()
        self.id = int.from_bytes(digest[:8], "big", signed=True)
        self.key = ("postgresql", str(engine.url.host), str(engine.url.port), str(database))
        #: The lock is known lost; the connection is known ended.
        self.gone = self.ended = False
        self.saved = self._keep_alive()

    def _keep_alive(self) -> str | None:
        """Turn idle_session_timeout off for this connection; the value it had before.

        The lock connection stays idle while the revisions run: a server (or a role or
        database setting) that ends idle sessions would end the lock with it. None before
        PostgreSQL 14, which has no such timeout.
        """
        saved = self.connection.execute(
            sa.text("SELECT current_setting('idle_session_timeout', true)")
        ).scalar()
        if saved is not None:
            self.connection.execute(
                sa.text("SELECT set_config('idle_session_timeout', '0', false)")
            )
        return None if saved is None else str(saved)

    def lost(self) -> str | None:
        """Ask the server whether this connection's backend still holds the advisory lock."""
        hi, lo = (self.id >> 32) & 0xFFFFFFFF, self.id & 0xFFFFFFFF
        query = sa.text(
            "SELECT pg_backend_pid() = :pid AND EXISTS (SELECT 1 FROM pg_locks"
            " WHERE locktype = 'advisory' AND granted AND pid = :pid AND objsubid = 1"
            " AND classid = CAST(:hi AS oid) AND objid = CAST(:lo AS oid))"
        )
        try:
            held = self.connection.execute(query, {"pid": self.pid, "hi": hi, "lo": lo}).scalar()
        except sa.exc.SQLAlchemyError as exc:
            self.gone = self.ended = True
            return f"its connection to the database ended ({_reason(exc)})"
        if held:
            return None
        self.gone = True
        return f"the server no longer lists it for that connection (server pid {self.pid})"

    def try_acquire(self) -> bool:
        query = sa.text("SELECT pg_try_advisory_lock(:k)")
        return bool(self.connection.execute(query, {"k": self.id}).scalar())

    def acquire(self, deadline: float) -> bool:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return self.try_acquire()
        # Blocks in the server (woken the moment the holder lets go), bounded by lock_timeout.
        self.connection.execute(sa.text(f"SET lock_timeout = {max(1, int(remaining * 1000))}"))
        try:
            self.connection.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": self.id})
        except sa.exc.OperationalError as exc:
            if getattr(getattr(exc, "orig", None), "sqlstate", None) == "55P03" or (
                "lock timeout" in str(exc)
            ):
                return False
            raise
        finally:
            self.connection.execute(sa.text("RESET lock_timeout"))
        return True

    def holder(self) -> str | None:
        hi, lo = (self.id >> 32) & 0xFFFFFFFF, self.id & 0xFFFFFFFF
        row = self.connection.execute(
            sa.text(
                "SELECT a.pid, a.usename, a.client_addr, a.application_name, a.backend_start"
                " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                " AND l.classid = CAST(:hi AS oid) AND l.objid = CAST(:lo AS oid)"
                " AND l.database = (SELECT oid FROM pg_database"
                " WHERE datname = current_database())"
            ),
            {"hi": hi, "lo": lo},
        ).first()
        if row is None:
            return None
        where = f" from {row.client_addr}" if row.client_addr else ""
        app = f" ({row.application_name})" if row.application_name else ""
        return f"server pid {row.pid}, user {row.usename}{where}{app}"

    def release(self) -> None:
        try:
            if not self.gone:
                self.connection.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": self.id})
        finally:
            self.close()

    def close(self) -> None:
        """Put back the application's idle_session_timeout, and the connection into its pool."""
        try:
            if self.saved is not None and not self.ended:
                with contextlib.suppress(sa.exc.SQLAlchemyError):  # then it is closed anyway
                    self.connection.execute(
                        sa.text("SELECT set_config('idle_session_timeout', :v, false)"),
                        {"v": self.saved},
                    )
        finally:
            self.connection.close()


class _MySQLLock(_Lock):
    def __init__(self, engine: Any) -> None:
        self.connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        database, self.id, self.saved = self.connection.execute(
            sa.text("SELECT DATABASE(), CONNECTION_ID(), @@SESSION.wait_timeout")
        ).one()
        database = database or ""
        # Lock names are server-wide and at most 64 characters.
        self.name = "flask_migrations:" + hashlib.sha256(database.encode()).hexdigest()[:40]
        self.key = ("mysql", str(engine.url.host), str(engine.url.port), database)
        #: The lock is known lost; the connection is known ended.
        self.gone = self.ended = False
        # The lock connection stays idle while the revisions run: a short wait_timeout (the
        # server's, or the application's init_command) would end the lock with it.
        self.connection.execute(sa.text(f"SET SESSION wait_timeout = {_MYSQL_LONGEST_WAIT}"))

    def lost(self) -> str | None:
        """Ask the server whether this connection still holds the named lock."""
        query = sa.text("SELECT CONNECTION_ID() = :i AND IS_USED_LOCK(:n) = :i")
        try:
            held = self.connection.execute(query, {"i": self.id, "n": self.name}).scalar()
        except sa.exc.SQLAlchemyError as exc:
            self.gone = self.ended = True
            return f"its connection to the database ended ({_reason(exc)})"
        if held:
            return None
        self.gone = True
        return f"the server no longer lists it for that connection (connection {self.id})"

    def _get(self, seconds: float) -> bool:
        query = sa.text("SELECT GET_LOCK(:n, :t)")
        return self.connection.execute(query, {"n": self.name, "t": seconds}).scalar() == 1

    def try_acquire(self) -> bool:
        return self._get(0)

    def acquire(self, deadline: float) -> bool:
        remaining = deadline - time.monotonic()
        # MySQL takes whole seconds; wait in short rounds so that the deadline holds.
        while remaining > 0:
            if self._get(max(1, min(int(remaining), 5))):
                return True
            remaining = deadline - time.monotonic()
        return self.try_acquire()

    def holder(self) -> str | None:
        holder = self.connection.execute(
            sa.text("SELECT IS_USED_LOCK(:n)"), {"n": self.name}
        ).scalar()
        if holder is None:
            return None
        row = self.connection.execute(
            sa.text("SELECT USER, HOST FROM information_schema.PROCESSLIST WHERE ID = :i"),
            {"i": holder},
        ).first()
        if row is None:
            return f"connection {holder}"
        return f"connection {holder}, user {row[0]} from {row[1]}"

    def release(self) -> None:
        try:
            if not self.gone:
                self.connection.execute(sa.text("SELECT RELEASE_LOCK(:n)"), {"n": self.name})
        finally:
            self.close()

    def close(self) -> None:
        """Put back the application's wait_timeout, and the connection into its pool."""
        try:
            if not self.ended:
                with contextlib.suppress(sa.exc.SQLAlchemyError):  # then it is closed anyway
                    self.connection.execute(
                        sa.text("SET SESSION wait_timeout = :t"), {"t": int(self.saved)}
                    )
        finally:
            self.connection.close()


def _reason(exc: BaseException) -> str:
    """The first line of what the driver said about ``exc`` (MySQL's "(2013, '...')" as
    "2013: ...")."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    coded = re.fullmatch(r"\((\d+), ['\"](.*)['\"]\)", first)
    return f"{coded.group(1)}: {coded.group(2)}" if coded else first


class _FileLock(_Lock):
    """An exclusive OS lock on ``<database file>.migrations-lock``.

    The database file itself is never opened here: closing any descriptor of a file drops every
    POSIX lock the process has on it, SQLite's own included.
    """

    def __init__(self, path: str, fd: int) -> None:
        self.path = path
        self.key = ("sqlite", path)
        self.fd = fd

    @classmethod
    def beside(cls, database: str) -> _FileLock | None:
        """The lock of ``database``; None where no lock file can be opened (then SQLite itself
        cannot open the database either, and says why)."""
        path = os.path.abspath(database) + ".migrations-lock"
        for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
            try:
                return cls(path, os.open(path, flags, 0o644))
            except OSError:
                continue
        return None

    def try_acquire(self) -> bool:
        try:
            _lock_fd(self.fd)
        except OSError:
            return False
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, f"{whoami()} since {time.ctime()}\n".encode(), 0)
        return True

    def holder(self) -> str | None:
        try:
            with open(self.path, encoding="utf-8", errors="replace") as f:
                text = f.read().strip()
        except OSError:
            return None
        return text or None

    def release(self) -> None:
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            _unlock_fd(self.fd)
        finally:
            os.close(self.fd)

    def close(self) -> None:
        os.close(self.fd)


try:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _lock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


class _TableLock(_Lock):
    """A row of ``flask_migrations_lock``, locked in an open transaction (portable fallback)."""

    def __init__(self, engine: Any, schema: str | None) -> None:
        self.engine = engine
        self.key = ("table", _url_text(engine), schema or "")
        metadata = sa.MetaData()
        self.table = sa.Table(
            LOCK_TABLE,
            metadata,
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
            sa.Column("holder", sa.String(255)),
            schema=schema,
        )
        with engine.connect() as connection:
            with contextlib.suppress(sa.exc.DBAPIError):  # another process made it first
                with connection.begin():
                    metadata.create_all(connection, checkfirst=True)
            with contextlib.suppress(sa.exc.IntegrityError):
                with connection.begin():
                    if connection.execute(sa.select(self.table.c.id)).first() is None:
                        connection.execute(self.table.insert(), {"id": 1, "holder": ""})
        self.connection = engine.connect()
        self.transaction: Any = None

    def acquire(self, deadline: float) -> bool:
        # Blocks in the database; the portable SQL has no wait limit of its own.
        self.transaction = self.connection.begin()
        self.connection.execute(
            sa.select(self.table.c.id).where(self.table.c.id == 1).with_for_update()
        )
        return True

    def try_acquire(self) -> bool:
        return self.acquire(0)

    def release(self) -> None:
        try:
            if self.transaction is not None:
                self.transaction.rollback()
        finally:
            self.connection.close()

    def close(self) -> None:
        self.release()


def _lock_for(engine: Any, schema: str | None) -> _Lock | None:
    url = engine.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        database = url.database
        uri = str(url.query.get("uri", "")).lower() in ("true", "1")
        if not database or database == ":memory:" or "mode=memory" in str(url):
            return None
        if uri and database.startswith("file:"):
            database = database[5:].split("?", 1)[0]
        return _FileLock.beside(database)
    if backend == "postgresql":
        return _PostgresLock(engine)
    if backend in ("mysql", "mariadb"):
        return _MySQLLock(engine)
    return _TableLock(engine, schema)


class Held:
    """The locks one :func:`hold` holds, which can be asked whether they still are."""

    def __init__(self, locks: list[_Lock]) -> None:
        self.locks = locks

    @property
    def can_be_lost(self) -> bool:
        """Whether a lock is held that can end while this process lives (a server's)."""
        return any(type(lock).lost is not _Lock.lost for lock in self.locks)

    def check(self) -> None:
        """Ask each server whether its lock is still held.

        :raises LockLostError: a lock was lost (its connection was closed by the server, a
            pooler or the network); another migration may have taken it since.
        """
        for lock in self.locks:
            reason = lock.lost()
            if reason is not None:
                error = LockLostError(
                    f"The migration lock of the {lock.database or 'default'} database was lost:"
                    f" {reason}."
                )
                error.database, error.reason = lock.database, reason
                raise error


@contextlib.contextmanager
def hold(
    engines: Sequence[tuple[str, Any]],
    timeout: float | None = None,
    on_wait: OnWait | None = None,
    schema: str | None = None,
) -> Iterator[Held]:
    """Hold the migration lock of every database in ``engines`` ((name, engine) pairs).

    Databases are locked one after the other in the order given (the same in every process,
    so two processes never wait on each other); two names on one database lock it once.
    ``on_wait`` is called once per database whose lock another process holds.

    :raises LockTimeoutError: a lock was not free within ``timeout`` seconds.
    """
    timeout = DEFAULT_TIMEOUT if timeout is None else float(timeout)
    deadline = time.monotonic() + timeout
    held: list[_Lock] = []
    made: list[Any] = []
    seen: set[tuple[str, ...]] = set()
    try:
        for name, engine in engines:
            lock_engine, own = sync_engine(engine)
            if own:
                made.append(lock_engine)
            lock = _lock_for(lock_engine, schema)
            if lock is None:
                continue
            if lock.key in seen:
                lock.close()
                continue
            seen.add(lock.key)
            if not lock.try_acquire():
                if on_wait is not None:
                    on_wait(LockWait(name, _url_text(engine), lock.holder(), timeout))
                if not lock.acquire(deadline):
                    lock.close()
                    label = name or "default"
                    raise LockTimeoutError(
                        f"Gave up waiting for the migration lock of the {label} database after"
                        f" {timeout:g} seconds: another migration still runs.",
                        hint="Wait for it to finish, or allow longer with --lock-timeout SECONDS"
                        " (MIGRATIONS_LOCK_TIMEOUT).",
                    )
            lock.database = name
            held.append(lock)
        yield Held(held)
    finally:
        for lock in reversed(held):
            with contextlib.suppress(Exception):
                lock.release()
        for engine in made:
            engine.dispose()
