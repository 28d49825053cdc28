"""Database and driver errors: a URL that cannot be parsed, a dialect or driver that is not
installed, a server that cannot be reached or that refused a statement."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ..errors import (
    ConfigurationError,
    DatabaseError,
    MigrationError,
)
from ..redact import clean
from .locate import frame_of

if TYPE_CHECKING:
    pass


#: Package to install for each DBAPI module name SQLAlchemy may fail to import.
DRIVER_PACKAGES = {
    "psycopg": "psycopg[binary]",
    "psycopg2": "psycopg2-binary",
    "pymysql": "PyMySQL",
    "MySQLdb": "mysqlclient",
    "mysql": "mysql-connector-python",
    "mariadb": "mariadb",
    "asyncpg": "asyncpg",
    "aiosqlite": "aiosqlite",
    "aiomysql": "aiomysql",
    "asyncmy": "asyncmy",
    "pg8000": "pg8000",
    "oracledb": "oracledb",
    "cx_Oracle": "cx_Oracle",
    "pyodbc": "pyodbc",
    "pymssql": "pymssql",
}


def driver_or_database(exc: BaseException) -> MigrationError | None:
    from sqlalchemy import exc as sa_exc

    dialect = no_dialect(exc)
    if dialect is not None:
        return dialect
    missing = missing_driver(exc)
    if missing is not None:
        return missing
    if isinstance(exc, sa_exc.DBAPIError):
        return _database_error(exc)
    return None


#: The URL schemes SQLAlchemy itself knows (a misspelt one is matched against these).
_SCHEMES = ("sqlite", "postgresql", "mysql", "mariadb", "mssql", "oracle")


def no_dialect(exc: BaseException | None) -> MigrationError | None:
    """The error for a URL scheme SQLAlchemy has no dialect for, found in ``exc``'s chain."""
    import difflib

    from sqlalchemy import exc as sa_exc

    seen = 0
    while exc is not None and not isinstance(exc, sa_exc.NoSuchModuleError) and seen < 10:
        exc = exc.__cause__ or exc.__context__
        seen += 1
    if not isinstance(exc, sa_exc.NoSuchModuleError):
        return None
    name = str(exc).rsplit(":", 1)[-1].strip()  # "Can't load plugin: sqlalchemy.dialects:sqlit"
    scheme = name.replace(".", "+")
    close = difflib.get_close_matches(name.split(".")[0], _SCHEMES, n=1)
    guess = f" (did you mean '{close[0]}'?)" if close and close[0] != name.split(".")[0] else ""
    return ConfigurationError(
        f"SQLAlchemy has no dialect for this database URL: its scheme '{clean(scheme)}' is"
        f" misspelt or belongs to a dialect that is not installed{guess}.",
        hint="Check the part before '://' in SQLALCHEMY_DATABASE_URI (and SQLALCHEMY_BINDS):"
        " postgresql://, mysql+pymysql://, sqlite:///path/to/app.db, ...",
    )


def missing_driver(exc: BaseException | None) -> MigrationError | None:
    """The error for a database driver that is not installed, found in ``exc``'s chain."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, ModuleNotFoundError) and exc.name:
            root = exc.name.split(".")[0]
            if root in DRIVER_PACKAGES:
                return ConfigurationError(
                    f"The database driver {root} is not installed.",
                    hint=f"Install it: pip install {DRIVER_PACKAGES[root]}",
                )
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _bind_of(exc: BaseException) -> tuple[str, str] | None:
    """(bind name, URL without password) of the database the error came from, as runtime.py
    (or the lock) named it on the error (:func:`flask_migrations.lock.naming_database`)."""
    from ..lock import DATABASE_ATTRIBUTE

    named = getattr(exc, DATABASE_ATTRIBUTE, None)
    if named is None:
        return None
    return (str(named[0] or ""), str(named[1]))


def _database_error(exc: Any) -> MigrationError:
    from sqlalchemy import exc as sa_exc

    orig = getattr(exc, "orig", None)
    lines = str(orig if orig is not None else exc).strip().splitlines() or [type(exc).__name__]
    reason = clean(lines[0])
    bind = _bind_of(exc)
    where = ""
    if bind is not None:
        name, url = bind
        where = (f" '{name}'" if name else "") + (f" at {url}" if url else "")
    if exc.connection_invalidated or isinstance(
        exc, (sa_exc.OperationalError, sa_exc.InterfaceError)
    ):
        if exc.statement is None or "connect" in reason.lower():
            unencoded = _unencoded_binds()
            if unencoded:
                names = ", ".join(f"'{name}'" if name else "default" for name in unencoded)
                return DatabaseError(
                    f"Cannot connect to the database ({names}): the password in its URL holds"
                    " '@', which must be URL-encoded; SQLAlchemy took the rest of the password"
                    " for the host.",
                    hint=ENCODE_HINT,
                )
            if "unable to open database file" in reason.lower():
                return _sqlite_not_opened(where, reason, bind)
            return DatabaseError(
                f"Cannot connect to the database{where}: {reason}",
                hint="Check that the server runs and that the URL and credentials in"
                " SQLALCHEMY_DATABASE_URI are right.",
            )
    statement = shortened(str(exc.statement or ""))
    return DatabaseError(
        f"The database{where} refused a statement: {reason}"
        + (f" [while running: {clean(statement)}]" if statement else ""),
        hint=server_hint_of(exc),
    )


def _sqlite_not_opened(where: str, reason: str, bind: tuple[str, str] | None) -> MigrationError:
    """SQLite could not open its file: which file and folder, and why when the path tells."""
    from sqlalchemy.engine import make_url

    from ..lock import SQLITE_FILE_HINT, sqlite_file_problem

    try:
        database = make_url(bind[1]).database if bind is not None else None
    except Exception:  # noqa: BLE001 - no path to tell; the reason stays
        database = None
    if not database or database.startswith("file:") or database == ":memory:":
        return DatabaseError(
            f"Cannot connect to the database{where}: {reason}",
            hint="Check the path in the database URL, and that this user may read and write"
            " the file and its folder.",
        )
    path = os.path.abspath(database)
    problem = sqlite_file_problem(path)
    if problem is not None:
        return DatabaseError(
            f"Cannot connect to the database{where}: {reason} ({problem}).",
            hint=SQLITE_FILE_HINT,
        )
    return DatabaseError(
        f"Cannot connect to the database{where}: {reason} (the file {path}, in the folder"
        f" {os.path.dirname(path)}).",
        hint="Check that this user may read and write the file and its folder (SQLite writes"
        " a journal file beside the database).",
    )


def _unencoded_binds() -> list[str]:
    """The databases of the application whose URL holds a password with '@' not URL-encoded."""
    from flask import current_app, has_app_context

    from ..redact import unencoded_binds

    return unencoded_binds(current_app) if has_app_context() else []


def shortened(statement: str, limit: int = 200) -> str:
    statement = " ".join(statement.split())
    return statement if len(statement) <= limit else statement[: limit - 3] + "..."


def bad_url(exc: BaseException) -> MigrationError | None:
    """A database URL SQLAlchemy cannot parse, told without the password it may hold."""
    if not isinstance(exc, ValueError):
        return None
    # SQLAlchemy 2 parses URLs in _parse_url, 1.4 in _parse_rfc1738_args
    if not any(frame_of(exc, name) for name in ("_parse_url", "_parse_rfc1738_args")):
        return None
    text = str(exc)
    if "@" in text:
        return ConfigurationError(
            "The database URL cannot be parsed: its password holds '@' (and ':' or '/'), which"
            " must be URL-encoded; SQLAlchemy read the rest of the password as the port.",
            hint=ENCODE_HINT,
        )
    return ConfigurationError(
        f"The database URL cannot be parsed: {clean(text)}.",
        hint="Check SQLALCHEMY_DATABASE_URI (and SQLALCHEMY_BINDS): the port must be a number;"
        " URL-encode a password that holds '@', ':' or '/'.",
    )


ENCODE_HINT = (
    "URL-encode the password in SQLALCHEMY_DATABASE_URI (or SQLALCHEMY_BINDS):"
    " urllib.parse.quote_plus(password) turns '@' into %40, ':' into %3A, '/' into %2F."
)


def server_hint_of(exc: BaseException) -> str | None:
    """The database server's own HINT line of ``exc`` (PostgreSQL's), as the server wrote it."""
    orig = getattr(exc, "orig", None)
    for line in str(orig if orig is not None else exc).splitlines()[1:]:
        if line.strip().upper().startswith("HINT:"):
            return "HINT: " + line.strip()[5:].strip()
    return None
