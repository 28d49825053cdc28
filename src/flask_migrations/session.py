"""The frame around every Alembic command the API runs.

It serialises commands within the process (Alembic's ``context`` is process-global), keeps the
folder's env.py from taking over the host application's logging, hands per-command hooks to
``context.configure`` through the extension state, and turns whatever Alembic, SQLAlchemy or a
driver raises into a :class:`~flask_migrations.errors.MigrationError`.
"""

from __future__ import annotations

import logging.config
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable

from alembic.util import CommandError

from .errors import (
    ConfigurationError,
    DatabaseError,
    MigrationError,
    NotUpToDateError,
    RevisionError,
    SchemaDiffersError,
)

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext

    from .config import Config
    from .extension import MigrateState

_lock = threading.RLock()

#: Package to install for each DBAPI module name SQLAlchemy may fail to import.
DRIVER_PACKAGES = {
    "psycopg": "psycopg[binary]",
    "psycopg2": "psycopg2-binary",
    "pymysql": "PyMySQL",
    "MySQLdb": "mysqlclient",
    "mysql": "mysql-connector-python",
    "asyncpg": "asyncpg",
    "aiosqlite": "aiosqlite",
    "aiomysql": "aiomysql",
    "asyncmy": "asyncmy",
    "pg8000": "pg8000",
    "oracledb": "oracledb",
    "pyodbc": "pyodbc",
}


@contextmanager
def command(state: MigrateState, config: Config, **hooks: Callable[..., Any]) -> Iterator[None]:
    """Run one Alembic command for ``state``'s application.

    ``hooks`` are ``context.configure`` callbacks (``on_version_apply``) added to the user's
    own for the length of the command.
    """
    with _lock:
        previous = state.command_args
        state.command_args = _merge_hooks(state, hooks)
        saved_file_config = logging.config.fileConfig
        logging.config.fileConfig = _keep_logging(saved_file_config, config)
        try:
            yield
        except MigrationError:
            raise
        except Exception as exc:
            translated = translate(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            logging.config.fileConfig = saved_file_config
            state.command_args = previous


def _merge_hooks(state: MigrateState, hooks: dict[str, Callable[..., Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    own = state._configure_args
    for name, hook in hooks.items():
        theirs = own.get(name)
        if theirs is None:
            merged[name] = [hook]
        elif callable(theirs):
            merged[name] = [theirs, hook]
        else:
            merged[name] = [*theirs, hook]
    return merged


def _keep_logging(real: Callable[..., Any], config: Config) -> Callable[..., Any]:
    """A fileConfig that ignores the migrations folder's alembic.ini.

    env.py files written for Flask-Migrate call ``fileConfig(config.config_file_name)``, which
    replaces the logging set-up of the whole process (and silences every logger the file does
    not list). The application's logging stays the application's.
    """

    def file_config(fname: Any, *args: Any, **kwargs: Any) -> None:
        if str(fname) == str(config.config_file_name):
            return
        real(fname, *args, **kwargs)

    return file_config


def display_url(context: MigrationContext) -> str:
    """The URL of the context's database, without its password."""
    connection = context.connection
    if connection is None:
        return ""
    return hide_password(connection.engine.url)


def hide_password(url: Any) -> str:
    try:
        return str(url.render_as_string(hide_password=True))
    except AttributeError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", str(url))


def _clean(text: str) -> str:
    """``text`` without any password that a URL in it carries."""
    return re.sub(r"(\w+://[^:/@\s]*:)[^@\s]*@", r"\1***@", text)


def translate(exc: BaseException) -> MigrationError | None:
    """The MigrationError that tells a person what ``exc`` means, or None to let it through."""
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, CommandError):
        return _command_error(exc)
    if type(exc).__name__ in ("RevisionError", "ResolutionError", "MultipleHeads",
                              "RangeNotAncestorError", "CycleDetected", "DependencyCycleDetected",
                              "DependencyLoopDetected", "LoopDetected"):
        return _command_error(exc)
    if isinstance(exc, sa_exc.NoSuchModuleError):
        return ConfigurationError(
            f"SQLAlchemy has no dialect for this database URL: {_clean(str(exc))}.",
            hint="Check the scheme of SQLALCHEMY_DATABASE_URI (postgresql://, mysql+pymysql://,"
            " sqlite:///...).",
        )
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        root = exc.name.split(".")[0]
        if root in DRIVER_PACKAGES:
            return ConfigurationError(
                f"The database driver {root} is not installed.",
                hint=f"Install it: pip install {DRIVER_PACKAGES[root]}",
            )
        return None
    if isinstance(exc, sa_exc.DBAPIError):
        orig = getattr(exc, "orig", None)
        reason = _clean(str(orig if orig is not None else exc).strip().splitlines()[0])
        if exc.connection_invalidated or isinstance(exc, (sa_exc.OperationalError,
                                                          sa_exc.InterfaceError)):
            if exc.statement is None or "connect" in reason.lower():
                return DatabaseError(
                    f"Cannot connect to the database: {reason}",
                    hint="Check that the server runs and that the URL and credentials in"
                    " SQLALCHEMY_DATABASE_URI are right.",
                )
        statement = " ".join(str(exc.statement or "").split())
        if len(statement) > 200:
            statement = statement[:197] + "..."
        return DatabaseError(
            f"The database refused a statement: {reason}"
            + (f" [while running: {_clean(statement)}]" if statement else "")
        )
    return None


def _command_error(exc: BaseException) -> MigrationError:
    text = _clean(str(exc))
    lower = text.lower()
    name = type(exc).__name__
    if name == "AutogenerateDiffsDetected" or lower.startswith("new upgrade operations detected"):
        return SchemaDiffersError(
            text, hint="Run 'flask db migrate' to write a revision with these changes."
        )
    if "not up to date" in lower or name == "DatabaseNotAtHead":
        return NotUpToDateError(text, hint="Run 'flask db upgrade' first.")
    if "multiple head" in lower or "multiple heads" in lower:
        return RevisionError(
            text, hint="Merge them with 'flask db merge heads', or name one head explicitly."
        )
    if "can't locate revision" in lower or "no such revision" in lower:
        return RevisionError(
            text,
            hint="Check the id with 'flask db history'; if the database is at a revision no file"
            " defines, restore that file or stamp the database with 'flask db stamp'.",
        )
    if "ambiguous" in lower:
        return RevisionError(text, hint="Give more characters of the revision id.")
    if "relative revision" in lower or "destination" in lower or "range" in lower:
        return RevisionError(text)
    return MigrationError(text)
