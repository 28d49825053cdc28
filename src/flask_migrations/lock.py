"""The database-wide migration lock that upgrade, downgrade and stamp hold.

Many replicas may run ``flask db upgrade`` at the same moment. Each takes this lock on every
database before Alembic reads the current revision, and keeps it until the command is done; the
others wait, then find the work done and do nothing. The lock lives outside env.py, so it holds
whatever env.py the migrations folder has.

- PostgreSQL: a session-level ``pg_advisory_lock`` on a connection of its own.
- MySQL/MariaDB: ``GET_LOCK`` on a connection of its own.
- SQLite: an OS file lock (``flock``) on ``<database file>.migrations-lock``, beside the real
  path of the database file; an in-memory database belongs to one process and needs none.
- Any other database: a row of a small lock table, locked with ``SELECT ... FOR UPDATE`` in an
  open transaction on a connection of its own.

A holder that crashes loses its connection (and its process), and the lock with it.

The PostgreSQL and MySQL locks live on a connection that sits idle while the revisions run, and
a server, pooler or network that closes idle connections would end the lock with it. Their lock
connection turns the server's idle timeout off for itself (and puts back the application's own
value before it returns to the pool), and :meth:`Held.check` asks the server, before each
revision, whether the lock is still held (see :mod:`flask_migrations.deploy`).

:func:`hold_folder` locks a migrations folder the same way as a SQLite database, so that the
commands that write revision files take turns. Both lock files are opened by
:func:`open_lock_file`, which refuses links and anything but a regular file, and exist only while
they are held.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import os
import re
import secrets
import socket
import stat
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Callable

import sqlalchemy as sa

from . import binds, exitcodes
from .errors import ConfigurationError, DatabaseError, MigrationError

#: Seconds to wait for the lock when neither the caller nor MIGRATIONS_LOCK_TIMEOUT says.
DEFAULT_TIMEOUT = 600.0

#: Name of the table the portable fallback locks a row of.
LOCK_TABLE = "flask_migrations_lock"

_POLL = 0.05

#: The longest wait_timeout MySQL and MariaDB accept (a year, in seconds).
_MYSQL_LONGEST_WAIT = 31536000


class LockTimeoutError(MigrationError):
    """Another process held the migration lock for longer than the lock timeout."""

    exit_code = exitcodes.LOCK_TIMEOUT
    expected = True


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
        return binds.label(self.database)


#: Called once per database, before waiting, when the lock is taken by someone else.
OnWait = Callable[[LockWait], None]


def _url_text(engine: Any) -> str:
    from .redact import hide_password

    return hide_password(engine.url)


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


def pg_lock_id(database: str, tenant: str | None = None) -> int:
    """The PostgreSQL advisory lock key of a database's migration lock, or of one tenant's.

    The fleet (:mod:`flask_migrations.fleet`) takes the database's key in shared mode while
    its workers migrate tenants, and each tenant's key exclusively.
    """
    name = f"flask_migrations:{database}" + (f":tenant:{tenant}" if tenant is not None else "")
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


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

    def held_by(self, other: _Lock) -> bool:
        """Whether ``other``, a lock this process holds, holds this one's lock already.

        Two URLs can name one database (another host name for the server, a pooler's port):
        their keys differ, but the server has one lock, which the first one took.
        """
        return False

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
        self.id = pg_lock_id(str(database))
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
        """Ask the server whether the session that took the advisory lock still runs.

        A session-level advisory lock ends only with its session (nothing else of ours unlocks
        it), so the session being alive and still this connection's proves the lock is held.
        Asked before every revision, this must stay cheap: listing pg_locks costs as much as
        the locks the upgrade's own transaction has taken, which grow with every table.
        """
        try:
            pid = self.connection.execute(sa.text("SELECT pg_backend_pid()")).scalar()
        except sa.exc.SQLAlchemyError as exc:
            self.gone = self.ended = True
            return f"its connection to the database ended ({_reason(exc)})"
        if pid == self.pid:
            return None
        self.gone = True
        return (
            f"its connection now reaches another server session (pid {pid}, was {self.pid}):"
            " a pooler in between hands out sessions per transaction"
        )

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

    def held_by(self, other: _Lock) -> bool:
        """Asked with a token: ``other`` takes an advisory lock of a random id; its session
        holds this lock if this connection's server lists one session holding both."""
        if not isinstance(other, _PostgresLock) or other.id != self.id:
            return False
        token = secrets.randbits(63)
        take = sa.text("SELECT pg_try_advisory_lock(:t)")
        if not other.connection.execute(take, {"t": token}).scalar():
            return False
        (thi, tlo), (hi, lo) = _halves(token), _halves(self.id)
        query = sa.text(
            "SELECT EXISTS (SELECT 1 FROM pg_locks t JOIN pg_locks l ON l.pid = t.pid"
            " WHERE t.locktype = 'advisory' AND t.granted AND t.objsubid = 1"
            " AND t.classid = CAST(:thi AS oid) AND t.objid = CAST(:tlo AS oid)"
            " AND l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            " AND l.classid = CAST(:hi AS oid) AND l.objid = CAST(:lo AS oid)"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
        )
        try:
            values = {"thi": thi, "tlo": tlo, "hi": hi, "lo": lo}
            return bool(self.connection.execute(query, values).scalar())
        finally:
            other.connection.execute(sa.text("SELECT pg_advisory_unlock(:t)"), {"t": token})

    def holder(self) -> str | None:
        hi, lo = _halves(self.id)
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

    def held_by(self, other: _Lock) -> bool:
        """Asked with a token: ``other`` takes a lock of a random name; its connection holds
        this lock if this connection's server says one connection holds both."""
        if not isinstance(other, _MySQLLock) or other.name != self.name:
            return False
        token = "flask_migrations:" + secrets.token_hex(16)
        if other.connection.execute(sa.text("SELECT GET_LOCK(:t, 0)"), {"t": token}).scalar() != 1:
            return False
        try:
            query = sa.text("SELECT IS_USED_LOCK(:t), IS_USED_LOCK(:n)")
            found = self.connection.execute(query, {"t": token, "n": self.name}).one()
            return found[0] is not None and found[0] == found[1]
        finally:
            other.connection.execute(sa.text("SELECT RELEASE_LOCK(:t)"), {"t": token})

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


def _halves(lock_id: int) -> tuple[int, int]:
    """The two 32-bit halves pg_locks shows a 64-bit advisory lock id as (classid, objid)."""
    return (lock_id >> 32) & 0xFFFFFFFF, lock_id & 0xFFFFFFFF


def _reason(exc: BaseException) -> str:
    """The first line of what the driver said about ``exc`` (MySQL's "(2013, '...')" as
    "2013: ...")."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    coded = re.fullmatch(r"\((\d+), ['\"](.*)['\"]\)", first)
    return f"{coded.group(1)}: {coded.group(2)}" if coded else first


#: The first line of every lock file Flask-Migrations makes: how it knows a file it may write
#: into and remove from one that only happens to carry the name.
MARKER = b"flask-migrations lock file; removed when the migration ends\n"

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class LockFileError(MigrationError):
    """A lock file that cannot be used safely: a link, not a regular file, out of reach."""


@dataclass
class LockFile:
    """An open lock file: its descriptor, and what this process may do with it."""

    fd: int
    writable: bool
    #: Made by Flask-Migrations (it starts with MARKER): the holder's name may be written
    #: into it, and it is removed when the lock is let go.
    ours: bool = False


def open_lock_file(path: str) -> LockFile:
    """Open the lock file at ``path``, creating it (mode 0644 less the umask) when missing.

    Never follows a symbolic link, and opens only a regular file with no other name (a hard
    link could name any file of the system): a file planted at ``path`` is refused, never
    truncated or written. Whatever is wrong is a :class:`LockFileError` that names the file.
    """
    for _ in range(100):  # a holder may remove the file between two of these calls
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o644)
        except FileExistsError:
            pass
        except PermissionError as exc:
            if not os.path.lexists(path):
                raise _unusable(path, f"it cannot be created ({exc.strerror})", True) from exc
        except OSError as exc:
            raise _unusable(path, f"it cannot be created ({exc.strerror})", True) from exc
        else:
            return LockFile(fd, writable=True)
        found = _open_existing(path)
        if found is not None:
            return found
    raise _unusable(path, "it keeps appearing and disappearing")


def _open_existing(path: str) -> LockFile | None:
    """The lock file that exists at ``path``; None when it went away meanwhile."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(mode):
        raise _unusable(path, "it is a symbolic link")
    if not stat.S_ISREG(mode):  # a FIFO or a device would block or do harm when opened
        raise _unusable(path, "it is not a regular file")
    fd, writable = -1, True
    for flags in (os.O_RDWR, os.O_RDONLY):  # a lock needs no write access (flock)
        try:
            fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
            break
        except FileNotFoundError:
            return None
        except PermissionError as exc:
            if flags == os.O_RDONLY:
                raise _unusable(path, f"it cannot be read ({exc.strerror})", True) from exc
            writable = False
        except OSError as exc:
            link = exc.errno in (errno.ELOOP, errno.EMLINK)  # it became a link meanwhile
            raise _unusable(path, "it is a symbolic link" if link else str(exc.strerror)) from exc
    found = os.fstat(fd)
    why = None
    if not stat.S_ISREG(found.st_mode):
        why = "it is not a regular file"
    elif found.st_nlink != 1:
        why = f"it has {found.st_nlink} names (hard links), so it may be another file"
    if why is not None:
        os.close(fd)
        raise _unusable(path, why)
    return LockFile(fd, writable)


def _unusable(path: str, why: str, access: bool = False) -> LockFileError:
    """The error for a lock file that cannot be used; ``access``: a matter of permissions."""
    hint = (
        f"Let this user create and read files in {os.path.dirname(path)}, or run the command as"
        " the user who owns it."
        if access
        else "Look at what is there and remove it: Flask-Migrations makes the lock file itself,"
        " a regular file, and removes it when done."
    )
    return LockFileError(
        f"Cannot use the migration lock file {path}: {why}; nothing was done.", hint=hint
    )


def _read_at(fd: int, offset: int, size: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


def _write_at(fd: int, offset: int, data: bytes) -> None:
    os.lseek(fd, offset, os.SEEK_SET)
    os.write(fd, data)
    os.ftruncate(fd, offset + len(data))


def _claim(file: LockFile) -> bool:
    """Whether the locked ``file`` is one Flask-Migrations made (marking it if it is new).

    A file that this user made and left empty is the lock file of an older version.
    """
    head = _read_at(file.fd, 0, len(MARKER))
    if head == MARKER:
        return True
    if head or not file.writable:
        return False
    if hasattr(os, "geteuid") and os.fstat(file.fd).st_uid != os.geteuid():
        return False
    _write_at(file.fd, 0, MARKER)
    return True


def _names(path: str, fd: int) -> bool:
    """Whether ``path`` still names the file open at ``fd`` (its holder may have removed it)."""
    try:
        there = os.lstat(path)
    except OSError:
        return False
    here = os.fstat(fd)
    return (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino)


#: What to do about a SQLite database file that cannot be opened.
SQLITE_FILE_HINT = (
    "Point the database URL at a SQLite database file, or at a new file in an existing folder."
)


def sqlite_file_problem(database: str) -> str | None:
    """Why SQLite cannot open (or create) the database file ``database``, if the path says so.

    A folder, something that is not a regular file, or a folder that does not exist; None when
    the path looks usable (the reason is then elsewhere: permissions, say).
    """
    real = os.path.realpath(database)
    if os.path.isdir(real):
        return f"{real} is a folder, not a database file"
    if os.path.exists(real) and not os.path.isfile(real):
        return f"{real} is not a regular file"
    if not os.path.isdir(os.path.dirname(real)):
        return f"the folder {os.path.dirname(real)} does not exist"
    return None


#: The attribute a database error raised while connecting gets: (bind name, URL shown).
DATABASE_ATTRIBUTE = "flask_migrations_database"


@contextlib.contextmanager
def naming_database(name: str, engine: Any) -> Iterator[None]:
    """Let a database error raised in the body say which database it came from.

    The lock (and the history table's upkeep) connect before env.py runs, and env.py's
    runtime connects to each database in turn: the error itself says which database (bind)
    and URL it was for, whatever thread raised it.
    """
    try:
        yield
    except sa.exc.DBAPIError as exc:
        if getattr(exc, DATABASE_ATTRIBUTE, None) is None:
            setattr(exc, DATABASE_ATTRIBUTE, (name, _url_text(engine)))
        raise


class _FileLock(_Lock):
    """An exclusive OS lock on a lock file that exists while someone holds it.

    The holder removes the file when it lets go; a process that was waiting on the removed
    file finds that the path no longer names it, and locks the file now there instead. A
    holder that crashes leaves the file behind, never the lock.
    """

    def __init__(self, path: str, key: tuple[str, ...]) -> None:
        self.path = path
        self.key = key
        self.file: LockFile | None = None

    @classmethod
    def of_database(cls, database: str, url: str) -> _FileLock:
        """The lock of the SQLite database file ``database``, keyed by its real path.

        Two paths to one file (a release folder link) lock one lock file, beside the file
        itself. Only a database file, or a path that is about to become one, is locked.
        """
        real = os.path.realpath(database)
        problem = sqlite_file_problem(database)
        if problem is not None:
            raise DatabaseError(
                f"Cannot connect to the database at {url}: unable to open database file"
                f" ({problem}).",
                hint=SQLITE_FILE_HINT,
            )
        return cls(real + ".migrations-lock", ("sqlite", real))

    def try_acquire(self) -> bool:
        while True:
            if self.file is None:
                self.file = open_lock_file(self.path)
            try:
                _lock_fd(self.file.fd)
            except OSError as exc:
                if exc.errno in _BUSY:
                    return False
                self.close()
                why = f"it cannot be locked ({exc.strerror})"
                raise _unusable(self.path, why, True) from exc
            if _names(self.path, self.file.fd):
                break
            self.close()  # the holder before us removed it: lock the file at the path now
        file = self.file
        with contextlib.suppress(OSError):
            file.ours = _claim(file)
            if file.ours and file.writable:
                line = f"{whoami()} since {time.ctime()}\n".encode()
                _write_at(file.fd, len(MARKER), line)
        return True

    def holder(self) -> str | None:
        if self.file is None:
            return None
        try:
            if _read_at(self.file.fd, 0, len(MARKER)) != MARKER:
                return None
            text = _read_at(self.file.fd, len(MARKER), 512).decode("utf-8", "replace").strip()
        except OSError:
            return None
        return text or None

    def release(self) -> None:
        """Remove the lock file (when ours), then let go of the lock."""
        file = self.file
        if file is None:
            return
        try:
            if file.ours and _names(self.path, file.fd):
                try:
                    os.unlink(self.path)
                except OSError:  # a folder this user may not change: clear the name instead
                    if file.writable:
                        with contextlib.suppress(OSError):
                            os.ftruncate(file.fd, len(MARKER))
            _unlock_fd(file.fd)
        finally:
            self.close()

    def close(self) -> None:
        if self.file is not None:
            fd, self.file = self.file.fd, None
            os.close(fd)


#: The errors of a non-blocking lock call when another process holds the lock.
_BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLK", errno.EAGAIN)}

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

    def try_acquire(self) -> bool:
        """Lock the row if it is free, without waiting (``FOR UPDATE NOWAIT``).

        The waiting is done by :meth:`_Lock.acquire`, which tries again until the deadline, so
        the lock timeout holds and the waiting process can say that it waits. A database whose
        dialect renders no NOWAIT waits here, in the database, as the portable SQL does.
        """
        self.transaction = self.connection.begin()
        row = sa.select(self.table.c.id).where(self.table.c.id == 1)
        try:
            self.connection.execute(row.with_for_update(nowait=True))
        except sa.exc.DBAPIError:  # taken: "could not obtain lock", "Lock wait timeout"
            self.transaction.rollback()
            self.transaction = None
            return False
        return True

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
            if database in ("", ":memory:"):
                return None
        return _FileLock.of_database(database, _url_text(engine))
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
    so two processes never wait on each other); two names on one database lock it once, even
    when their URLs differ (another host name, a pooler's port).
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
            with naming_database(name, engine):
                lock = _lock_for(lock_engine, schema)
            if lock is None:
                continue
            if lock.key in seen:
                lock.close()
                continue
            seen.add(lock.key)
            if not lock.try_acquire():
                if any(lock.held_by(other) for other in held):  # one database, two URLs
                    lock.close()
                    continue
                if on_wait is not None:
                    on_wait(LockWait(name, _url_text(engine), lock.holder(), timeout))
                if not lock.acquire(deadline):
                    lock.close()
                    label = binds.label(name)
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


@contextlib.contextmanager
def hold_folder(folder: str, timeout: float | None = None) -> Iterator[None]:
    """Hold the lock of the migrations folder ``folder`` (its real path) for the body.

    The commands that write revision files hold it, so that two of them never write two
    revisions on one parent.

    :raises LockTimeoutError: another command held it for longer than ``timeout`` seconds.
    """
    timeout = DEFAULT_TIMEOUT if timeout is None else float(timeout)
    real = os.path.realpath(folder)
    lock = _FileLock(os.path.join(real, ".migrations-lock"), ("folder", real))
    if not lock.acquire(time.monotonic() + timeout):
        who = lock.holder()
        lock.close()
        by = f" ({who})" if who else ""
        raise LockTimeoutError(
            f"Gave up waiting for the lock of the migrations folder {real} after {timeout:g}"
            f" seconds: another command writes a revision there{by}.",
            hint="Let it finish, then run this command again.",
        )
    try:
        yield
    finally:
        lock.release()
