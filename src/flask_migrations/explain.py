"""Why a command failed, told so that a person can act on it.

:func:`explain` turns what Alembic, SQLAlchemy, a driver, the folder's env.py or a revision file
raised into a :class:`~flask_migrations.errors.MigrationError` that names the thing (the file
and line of a revision, the revision that failed and its statement, the database) and says what
to do next. Exceptions that are not ours to explain come back as None and travel on unchanged.
"""

from __future__ import annotations

import configparser
import errno
import os
import re
import sys
import sysconfig
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING, Any

from alembic.script import ScriptDirectory
from alembic.util import CommandError

from . import probe
from .diffs import describe_all
from .errors import (
    ConfigurationError,
    DatabaseError,
    Interrupted,
    MigrationError,
    NotUpToDateError,
    RevisionError,
    RevisionFailedError,
    SchemaDiffersError,
)
from .redact import clean

if TYPE_CHECKING:
    from .config import Config
    from .recorder import DatabaseRun, Recorder

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

_DIALECTS = {
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "sqlite": "SQLite",
    "mssql": "SQL Server",
    "oracle": "Oracle",
}

_REVISION_ERRORS = (
    "RevisionError",
    "ResolutionError",
    "MultipleHeads",
    "RangeNotAncestorError",
    "CycleDetected",
    "DependencyCycleDetected",
    "DependencyLoopDetected",
    "LoopDetected",
)


# -- where in the project an exception comes from --------------------------------------------


@dataclass
class Folder:
    """The migrations folder of the command: its env.py folder and version locations."""

    root: str
    versions: list[str]

    @classmethod
    def of(cls, config: Config | None) -> Folder | None:
        if config is None:
            return None
        try:
            script = ScriptDirectory.from_config(config)
        except Exception:  # noqa: BLE001 - no usable folder: nothing to point at
            return None
        dirs = getattr(script, "_version_locations", None) or [script.versions]
        return cls(os.path.abspath(script.dir), [os.path.abspath(str(d)) for d in dirs])

    def is_revision_file(self, path: str) -> bool:
        path = os.path.abspath(path)
        return any(_under(path, d) for d in self.versions)

    def is_env_file(self, path: str) -> bool:
        return os.path.abspath(path) == os.path.join(self.root, "env.py")

    def find_module(self, module_name: str) -> str | None:
        """The revision file Alembic loaded as module ``module_name`` (``<file>_py``)."""
        for folder in self.versions:
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            for name in names:
                if re.sub(r"\W", "_", name) == module_name:
                    return os.path.join(folder, name)
        return None


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def shown(path: str) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


@dataclass
class Where:
    """The revision file (or env.py) line an exception passed through."""

    path: str
    line: int
    function: str
    globals: dict[str, Any]

    @property
    def revision(self) -> str | None:
        value = self.globals.get("revision")
        return str(value) if value else None

    @property
    def doc(self) -> str | None:
        doc = self.globals.get("__doc__")
        return str(doc).strip().splitlines()[0] if doc and str(doc).strip() else None

    @property
    def loading(self) -> bool:
        """The file failed while being imported, not while its upgrade()/downgrade() ran."""
        return self.function == "<module>"

    def __str__(self) -> str:
        return f"{shown(self.path)}:{self.line}"


def _frames(exc: BaseException) -> Iterator[tuple[FrameType, int]]:
    tb = exc.__traceback__
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def revision_frame(exc: BaseException, folder: Folder | None) -> Where | None:
    """The innermost line of a revision file the exception passed through."""
    found = None
    for frame, line in _frames(exc):
        path = frame.f_code.co_filename
        in_folder = folder is not None and folder.is_revision_file(path)
        looks_like = "revision" in frame.f_globals and "down_revision" in frame.f_globals
        if (in_folder or looks_like) and path.endswith(".py") and "/alembic/" not in path:
            found = Where(path, line, frame.f_code.co_name, frame.f_globals)
    return found


def _innermost(exc: BaseException) -> tuple[FrameType, int] | None:
    frames = list(_frames(exc))
    return frames[-1] if frames else None


def _in_function(exc: BaseException, name: str) -> FrameType | None:
    for frame, _ in _frames(exc):
        if frame.f_code.co_name == name:
            return frame
    return None


# -- the explanations ------------------------------------------------------------------------


def explain(
    exc: BaseException, config: Config | None = None, recorder: Recorder | None = None
) -> MigrationError | None:
    """The MigrationError that tells a person what ``exc`` means, or None to let it through."""
    folder = Folder.of(config)
    if isinstance(exc, SyntaxError) and exc.filename:
        return _syntax_error(exc, folder)
    settings = bad_settings(exc, config)
    if settings is not None:
        return settings
    not_callable = _not_a_function(exc)
    if not_callable is not None:
        return not_callable
    where = revision_frame(exc, folder)
    if where is not None:
        if where.loading:
            return _revision_not_loaded(exc, where)
        return _revision_failed(exc, where, config, recorder)
    if _in_function(exc, "get_x_argument") is not None:
        return _bad_x_argument(exc, config)
    if isinstance(exc, CommandError) or type(exc).__name__ in _REVISION_ERRORS:
        return _command_error(exc, config, folder)
    if isinstance(exc, KeyError) and exc.args == ("migrate",):
        return ConfigurationError(
            "This application has no Migrate extension.",
            hint="Create it with Migrate(app, db), or migrate.init_app(app, db) in your factory.",
        )
    if isinstance(exc, AttributeError):
        missing = _missing_attribute(exc, folder)
        if missing is not None:
            return missing
    found = _driver_or_database(exc) or bad_url(exc) or _file_error(exc)
    if found is not None:
        return found
    innermost = _innermost(exc)
    if folder is not None and innermost is not None:
        frame, line = innermost
        if folder.is_env_file(frame.f_code.co_filename):
            return _env_failed(exc, f"{shown(frame.f_code.co_filename)}:{line}", config)
    return None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return clean(f"{type(exc).__name__}: {first}" if first else type(exc).__name__)


def _syntax_error(exc: SyntaxError, folder: Folder | None) -> MigrationError | None:
    path = str(exc.filename)
    what = "Revision file"
    if folder is None or not (folder.is_revision_file(path) or folder.is_env_file(path)):
        if folder is None or not _under(os.path.abspath(path), folder.root):
            return None
        what = "File"
    elif folder.is_env_file(path):
        what = "The migrations environment"
    code = (exc.text or "").strip()
    return ConfigurationError(
        f"{what} {shown(path)} has a syntax error at line {exc.lineno}: {exc.msg}"
        + (f" ({code})" if code else ""),
        hint="Fix the file, then run the command again.",
    )


def _revision_not_loaded(exc: BaseException, where: Where) -> MigrationError:
    hint = "Fix the file (or install what it imports), then run the command again."
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        package = DRIVER_PACKAGES.get(exc.name.split(".")[0])
        if package:
            hint = f"Install it: pip install {package}"
    return ConfigurationError(
        f"Revision file {where.path and shown(where.path)} could not be imported: {_reason(exc)}"
        f" (line {where.line})",
        hint=hint,
    )


def _missing_attribute(exc: AttributeError, folder: Folder | None) -> MigrationError | None:
    match = re.match(r"module '(\w+_py)' has no attribute '(\w+)'", str(exc))
    if not match or folder is None:
        return None
    path = folder.find_module(match.group(1))
    if path is None:
        return None
    name = match.group(2)
    return ConfigurationError(
        f"Revision file {shown(path)} has no '{name}' variable.",
        hint="Every revision file sets 'revision' (its id) and 'down_revision' (the id it follows,"
        " or None for the first revision).",
    )


def _bad_x_argument(exc: BaseException, config: Config | None) -> MigrationError:
    given = _x_values(config)
    return ConfigurationError(
        f"An -x value is not of the form key=value: {', '.join(given) or '(none)'}.",
        hint="Give -x values as -x key=value, as the migrations folder's env.py expects.",
    )


def _x_values(config: Config | None) -> list[str]:
    cmd_opts = getattr(config, "cmd_opts", None)
    return [str(x) for x in (getattr(cmd_opts, "x", None) or [])]


def _env_failed(exc: BaseException, where: str, config: Config | None) -> MigrationError:
    given = _x_values(config)
    if given:
        hint = (
            "env.py reads the -x values given ("
            + " ".join(f"-x {x}" for x in given)
            + "): check them, or run with 'flask db -v' to see the traceback."
        )
    else:
        hint = "Fix env.py, or run with 'flask db -v' to see the traceback."
    return ConfigurationError(
        f"The migrations environment failed at {where}: {_reason(exc)}", hint=clean(hint)
    )


# -- settings, files, and the application itself --------------------------------------------


def _ini(config: Config | None) -> str:
    name = getattr(config, "config_file_name", None)
    return shown(str(name)) if name else "alembic.ini"


def bad_settings(exc: BaseException, config: Config | None) -> MigrationError | None:
    """alembic.ini that cannot be read, or holds a value Alembic cannot use."""
    if not _raised_by_alembic(exc):
        return None  # env.py, a revision or the application reading a file of its own
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return ConfigurationError(
            f"{_ini(config)} cannot be read: line {exc.lineno} comes before any section header.",
            hint="The file must begin with its [alembic] section header; fix it, then run the"
            " command again.",
        )
    if isinstance(exc, configparser.Error):
        reason = clean(str(exc).strip().splitlines()[0]) if str(exc).strip() else ""
        return ConfigurationError(
            f"{_ini(config)} cannot be read: {type(exc).__name__}: {reason}",
            hint="Fix the file, then run the command again.",
        )
    if not isinstance(exc, ValueError):
        return None
    for key, value in _ini_options(config):
        if value and f"'{value}'" in str(exc):
            return ConfigurationError(
                f"{_ini(config)}: '{key} = {clean(value)}' is not a value Alembic can use"
                f" ({clean(str(exc).strip())}).",
                hint=f"Fix '{key}' in {_ini(config)} (Alembic's documentation lists what each"
                " setting takes), then run the command again.",
            )
    return None


def _raised_by_alembic(exc: BaseException) -> bool:
    """Whether Alembic raised ``exc`` (itself, or through a SQLAlchemy or Python helper).

    Not a revision, env.py or the application: their values are not alembic.ini's.
    """
    import alembic
    import sqlalchemy

    helpers = [
        os.path.dirname(os.path.abspath(sqlalchemy.__file__)),
        sysconfig.get_paths()["stdlib"],
    ]
    ours = os.path.dirname(os.path.abspath(alembic.__file__))
    for frame, _ in reversed(list(_frames(exc))):
        path = os.path.abspath(frame.f_code.co_filename)
        if not any(_under(path, folder) for folder in helpers):
            return _under(path, ours)
    return False


def _ini_options(config: Config | None) -> list[tuple[str, str]]:
    """(key, value) of the settings of alembic.ini's main section, as written."""
    if config is None:
        return []
    try:
        parser = config.file_config
        return list(parser.items(config.config_ini_section, raw=True))
    except Exception:  # noqa: BLE001 - an unreadable file has no settings to point at
        return []


def _not_a_function(exc: BaseException) -> MigrationError | None:
    """A revision whose ``upgrade``/``downgrade`` is not a function (Alembic calls it anyway)."""
    innermost = _innermost(exc)
    if not isinstance(exc, TypeError) or innermost is None:
        return None
    frame = innermost[0]
    step = frame.f_locals.get("step")
    if frame.f_code.co_name != "run_migrations" or step is None:
        return None
    function = getattr(step, "migration_fn", None)
    if callable(function):
        return None
    script = getattr(step, "revision", None)
    path = getattr(script, "path", None)
    name = "upgrade" if getattr(step, "is_upgrade", True) else "downgrade"
    revision = getattr(script, "revision", "")
    where = f"Revision file {shown(path)}" if path else f"Revision {revision}"
    return ConfigurationError(
        f"{where}: '{name}' is not a function (it is {type(function).__name__}).",
        hint=f"Define it with 'def {name}():' in the file, then run the command again.",
    )


#: A file that could not be written or opened, by errno: (what happened, what to do).
_FILE_ERRORS = {
    errno.ENOSPC: ("no space is left on the disk", "Free space on the disk"),
    errno.EDQUOT: ("the disk quota is used up", "Free space or raise the quota"),
    errno.EFBIG: (
        "the file would be larger than this process may write",
        "Raise the file size limit of the process (see 'ulimit -f')",
    ),
    errno.EROFS: ("the file system is read-only", "Run the command where the folder is writable"),
    errno.EACCES: ("permission denied", "Give the user who runs the command access to it"),
    errno.EPERM: ("permission denied", "Give the user who runs the command access to it"),
}


def _file_error(exc: BaseException) -> MigrationError | None:
    """A file (a revision, say) that could not be written: full disk, size limit, permissions."""
    if not isinstance(exc, OSError) or exc.errno not in _FILE_ERRORS:
        return None
    path = exc.filename
    innermost = _innermost(exc)
    if path is None and innermost is not None:
        local = innermost[0].f_locals
        path = next((local[k] for k in ("dest", "path", "filename") if local.get(k)), None)
    what, step = _FILE_ERRORS[exc.errno]
    verb = "Cannot use" if exc.errno in (errno.EACCES, errno.EPERM) else "Cannot write"
    target = shown(str(path)) if path else "a file"
    return ConfigurationError(
        f"{verb} {target}: {what} ({errno.errorcode.get(exc.errno or 0, '')}).",
        hint=f"{step}, then run the command again.",
    )


def bad_url(exc: BaseException) -> MigrationError | None:
    """A database URL SQLAlchemy cannot parse, told without the password it may hold."""
    if not isinstance(exc, ValueError):
        return None
    # SQLAlchemy 2 parses URLs in _parse_url, 1.4 in _parse_rfc1738_args
    if not any(_in_function(exc, name) for name in ("_parse_url", "_parse_rfc1738_args")):
        return None
    text = str(exc)
    if "@" in text:
        return ConfigurationError(
            "The database URL cannot be parsed: its password holds '@' (and ':' or '/'), which"
            " must be URL-encoded; SQLAlchemy read the rest of the password as the port.",
            hint=_ENCODE_HINT,
        )
    return ConfigurationError(
        f"The database URL cannot be parsed: {clean(text)}.",
        hint="Check SQLALCHEMY_DATABASE_URI (and SQLALCHEMY_BINDS): the port must be a number;"
        " URL-encode a password that holds '@', ':' or '/'.",
    )


_ENCODE_HINT = (
    "URL-encode the password in SQLALCHEMY_DATABASE_URI (or SQLALCHEMY_BINDS):"
    " urllib.parse.quote_plus(password) turns '@' into %40, ':' into %3A, '/' into %2F."
)


def load_failure(exc: BaseException) -> MigrationError:
    """Why the application could not be loaded: the exception's last line, file and line."""
    from flask.cli import NoAppException

    own = app_exception(exc)
    found = (
        (bad_url(own) or no_dialect(own) or missing_driver(own))
        if own is not None
        else (no_dialect(exc) or missing_driver(exc))
    )
    if found is not None:
        return found
    if own is None:  # Flask could not find the application: its message says why
        error = ConfigurationError(
            clean(exc.format_message() if isinstance(exc, NoAppException) else str(exc))
        )
        error.exit_code = getattr(exc, "exit_code", 1)
        return error
    last = traceback.format_exception_only(type(own), own)[-1].strip()
    where = _app_line(own)
    return ConfigurationError(
        f"The application could not be loaded: {clean(last)}" + (f" ({where})" if where else "")
    )


def app_exception(exc: BaseException) -> BaseException | None:
    """The exception the application's own code raised while it loaded, if any.

    Flask wraps an ImportError raised inside the application in a NoAppException whose text
    holds the whole traceback (the ImportError is that exception's context); a NoAppException
    without one means Flask did not find the application at all.
    """
    from flask.cli import NoAppException

    if not isinstance(exc, NoAppException):
        return exc
    inner = exc.__cause__ or exc.__context__
    tb = inner.__traceback__ if inner is not None else None
    return inner if tb is not None and tb.tb_next is not None else None


def _library_folders() -> set[str]:
    """Where Python's own modules, installed packages and Flask-Migrations live."""
    schemes = (sysconfig.get_paths(), sysconfig.get_paths(vars={"base": sys.base_prefix}))
    folders = {
        os.path.abspath(paths[name])
        for paths in schemes
        for name in ("stdlib", "platstdlib", "purelib", "platlib")
        if paths.get(name)
    }
    folders.add(os.path.dirname(os.path.abspath(__file__)))
    return folders


def _app_line(exc: BaseException) -> str | None:
    """``file:line`` of the application's code where ``exc`` happened (not a library's)."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return f"{shown(str(exc.filename))}:{exc.lineno}"
    libraries = _library_folders()
    found = None
    for frame, line in _frames(exc):
        path = os.path.abspath(frame.f_code.co_filename)
        if frame.f_code.co_filename.startswith("<") or any(_under(path, d) for d in libraries):
            continue
        found = f"{shown(path)}:{line}"
    if found is None:
        innermost = _innermost(exc)
        if innermost is not None:
            found = f"{shown(innermost[0].f_code.co_filename)}:{innermost[1]}"
    return found


# -- Alembic's own errors --------------------------------------------------------------------


def _several_heads(exc: BaseException, config: Config | None) -> RevisionError:
    """Alembic's long sentence about several heads, in ours: which heads, and what to do."""
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    heads: list[str] = sorted(getattr(cause, "heads", None) or _folder_heads(config))
    argument = getattr(cause, "argument", None) or "head"
    named = f" ({', '.join(heads)})" if heads else ""
    return RevisionError(
        f"The migrations folder has several head revisions{named}: its history has branched,"
        f" so '{argument}' does not name one revision.",
        hint="Join the branches with 'flask db merge heads' (then 'flask db upgrade'), or"
        " apply every head with 'flask db upgrade heads'.",
    )


def _folder_heads(config: Config | None) -> list[str]:
    """The head revisions of the folder, or none when they cannot be read."""
    if config is None:
        return []
    try:
        return list(ScriptDirectory.from_config(config).get_heads())
    except Exception:  # noqa: BLE001 - the message stands without the names
        return []


def _command_error(
    exc: BaseException, config: Config | None, folder: Folder | None
) -> MigrationError:
    text = clean(str(exc))
    lower = text.lower()
    name = type(exc).__name__
    cause = exc.__cause__
    if name == "AutogenerateDiffsDetected" or lower.startswith("new upgrade operations detected"):
        return _schema_differs(exc, config)
    if "not up to date" in lower or name == "DatabaseNotAtHead":
        return NotUpToDateError(
            "The database is not up to date: it is behind the revision files.",
            hint="Run 'flask db upgrade' first, then run the command again.",
        )
    if (
        type(cause).__name__ == "ResolutionError"
        and "multiple revisions start" in str(cause).lower()
    ):
        return RevisionError(
            f"Revision id '{getattr(cause, 'argument', '')}' is ambiguous: "
            + clean(str(cause)).split(": ", 1)[-1].rstrip("."),
            hint="Give more characters of the revision id.",
        )
    if "multiple head" in lower or (
        "multiple heads" in lower or "please specify the head revision" in lower
    ):
        return _several_heads(exc, config)
    match = re.search(r"can't locate revision identified by '([^']*)'", text, re.I)
    if match:
        return _unknown_revision(match.group(1), config)
    match = re.match(r"relative revision (\S+) didn't produce (\d+) migrations", lower)
    if match:
        return _too_far(match.group(1), int(match.group(2)), config)
    if "could not determine revision id from filename" in lower:
        filename = re.search(r"filename (\S+?)\.?\s", text + " ")
        path = filename.group(1) if filename else "?"
        if folder is not None:
            for location in folder.versions:
                if os.path.exists(os.path.join(location, path)):
                    path = shown(os.path.join(location, path))
        return ConfigurationError(
            f"Revision file {path} has no 'revision' variable.",
            hint="Every revision file sets 'revision' (its id) and 'down_revision'.",
        )
    if "editor" in lower:
        return _editor_error(exc, text)
    if "template rendering failed" in lower:
        return ConfigurationError(
            text + " No revision file was written.",
            hint="Fix script.py.mako in the migrations folder, then run the command again.",
        )
    if "not a valid downgrade target" in lower or "not a valid upgrade target" in lower:
        return RevisionError(
            text, hint="Run 'flask db current' and 'flask db history' to see where it stands."
        )
    if "relative revision" in lower or "destination" in lower or "range" in lower:
        return RevisionError(text)
    if isinstance(exc, CommandError) or name in _REVISION_ERRORS:
        return RevisionError(text) if name in _REVISION_ERRORS else MigrationError(text)
    return MigrationError(text)


def _unknown_revision(revision: str, config: Config | None) -> MigrationError:
    for bind, heads in probe.database_heads(config) or []:
        if revision in heads:
            where = f"database '{bind}'" if bind else "database"
            return RevisionError(
                f"The {where} is at revision {revision}, which no revision file defines.",
                hint="Restore that revision file (from version control or the deployment it came"
                " from), or, if the schema matches another revision, record that one with"
                " 'flask db stamp --purge <revision>'.",
            )
    return RevisionError(
        f"No revision matches '{revision}'.",
        hint="See the revision ids with 'flask db history'.",
    )


def _too_far(relative: str, steps: int, config: Config | None) -> MigrationError:
    down = relative.startswith("-")
    if down:
        heads = probe.database_heads(config)
        if heads is not None and all(not h for _, h in heads):
            return RevisionError(
                "The database is at base: no revision is applied, so there is nothing to"
                " downgrade.",
                hint="Run 'flask db history' to see the revisions, 'flask db upgrade' to apply"
                " them.",
            )
        return RevisionError(
            f"Cannot downgrade {steps} revision{'s' if steps != 1 else ''}: fewer than that are"
            " applied below the database's current revision (that would go below base).",
            hint="Run 'flask db current' to see where it stands; 'flask db downgrade base' undoes"
            " every revision.",
        )
    return RevisionError(
        f"Cannot upgrade {steps} revision{'s' if steps != 1 else ''}: fewer than that lie above"
        " the database's current revision.",
        hint="Run 'flask db upgrade' to go to the newest revision.",
    )


def _editor_error(exc: BaseException, text: str) -> MigrationError:
    frame = _in_function(exc.__cause__ or exc, "open_in_editor") or _in_function(
        exc, "open_in_editor"
    )
    path = frame.f_locals.get("filename") if frame is not None else None
    target = f" {shown(str(path))}" if path else ""
    if "no suitable editor" in text.lower():
        return ConfigurationError(
            f"No editor found to open{target}.",
            hint="Set the EDITOR environment variable (for example EDITOR=nano), or open the file"
            " yourself.",
        )
    return ConfigurationError(
        f"The editor failed to open{target}: " + text.split("(", 1)[-1].rstrip(")"),
        hint="Check the EDITOR environment variable, or open the file yourself.",
    )


def _schema_differs(exc: BaseException, config: Config | None) -> MigrationError:
    diffs = getattr(exc, "diffs", None)
    if diffs is not None:
        return schema_differs([("", list(diffs))])
    found = probe.differences(config)  # Alembic < 1.14 does not keep them on the exception
    if not found:
        return SchemaDiffersError(
            clean(str(exc)), hint="Run 'flask db migrate' to write a revision with these changes."
        )
    return schema_differs(found)


def schema_differs(by_database: list[tuple[str, list[Any]]]) -> SchemaDiffersError:
    """The ``check`` failure for these differences, one sentence per line.

    ``by_database`` holds (database name, Alembic diffs) pairs; with more than one database
    each line says which one it is about.
    """
    named = len(by_database) > 1 or any(name not in ("", "default") for name, _ in by_database)
    lines: list[str] = []
    everything: list[Any] = []
    for name, diffs in by_database:
        everything.extend(diffs)
        prefix = f"database {name or 'default'}: " if named else ""
        lines.extend(prefix + line for line in describe_all(diffs))
    count = f"{len(lines)} change{'s' if len(lines) != 1 else ''}"
    error = SchemaDiffersError(
        f"New upgrade operations detected: the models have {count} that no revision holds:\n"
        + "\n".join(f"  - {clean(line)}" for line in lines),
        hint="Run 'flask db migrate' to write a revision with these changes.",
    )
    error.diffs = everything
    error.changes = lines
    return error


# -- the database ----------------------------------------------------------------------------


def _driver_or_database(exc: BaseException) -> MigrationError | None:
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
    """(bind name, URL without password) of the database runtime.py (or the lock) worked on."""
    from .lock import DATABASE_ATTRIBUTE
    from .redact import hide_password
    from .targets import Target

    named = getattr(exc, DATABASE_ATTRIBUTE, None)
    if named is not None:
        return (str(named[0] or ""), str(named[1]))
    found = None
    for frame, _ in _frames(exc):
        target = frame.f_locals.get("target")
        if isinstance(target, Target):
            url = getattr(getattr(target.engine, "url", None), "render_as_string", None)
            found = (target.name, hide_password(target.engine.url) if url else "")
    return found


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
                    hint=_ENCODE_HINT,
                )
            if "unable to open database file" in reason.lower():
                return _sqlite_not_opened(where, reason, bind)
            return DatabaseError(
                f"Cannot connect to the database{where}: {reason}",
                hint="Check that the server runs and that the URL and credentials in"
                " SQLALCHEMY_DATABASE_URI are right.",
            )
    statement = _short(str(exc.statement or ""))
    return DatabaseError(
        f"The database{where} refused a statement: {reason}"
        + (f" [while running: {clean(statement)}]" if statement else ""),
        hint=_server_hint(exc),
    )


def _sqlite_not_opened(where: str, reason: str, bind: tuple[str, str] | None) -> MigrationError:
    """SQLite could not open its file: which file and folder, and why when the path tells."""
    from sqlalchemy.engine import make_url

    from .lock import SQLITE_FILE_HINT, sqlite_file_problem

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

    from .redact import unencoded_binds

    return unencoded_binds(current_app) if has_app_context() else []


def _short(statement: str, limit: int = 200) -> str:
    statement = " ".join(statement.split())
    return statement if len(statement) <= limit else statement[: limit - 3] + "..."


def _state(bind: str, config: Config | None) -> str | None:
    for name, heads in probe.database_heads(config) or []:
        if name == bind:
            if not heads:
                return "at base (no revision applied)"
            return f"at revision {', '.join(heads)}"
    return None


# -- a revision that fails or is interrupted half way ----------------------------------------


def _dialect(run: DatabaseRun | None) -> str:
    if run is None:
        return "The database"
    return _DIALECTS.get(run.dialect, run.dialect)


def _revision_failed(
    exc: BaseException, where: Where, config: Config | None, recorder: Recorder | None
) -> MigrationError:
    from sqlalchemy import exc as sa_exc

    statement = ""
    if isinstance(exc, sa_exc.DBAPIError):
        orig = getattr(exc, "orig", None)
        lines = str(orig if orig is not None else exc).strip().splitlines() or [""]
        reason = clean(lines[0])
        statement = _short(str(exc.statement or ""))
    elif isinstance(exc, sa_exc.StatementError) and exc.statement:
        reason = _reason(exc.orig) if exc.orig is not None else _reason(exc)
        statement = _short(str(exc.statement))
    else:
        reason = _reason(exc)
    run = recorder.last if recorder is not None else None
    label = f"Revision {where.revision}" + (f" ({where.doc})" if where.doc else "")
    message = f"{label} failed at {where}: {reason}"
    if statement:
        message += f" [while running: {clean(statement)}]"
    state = _state(run.bind if run is not None else "", config)
    cause = _cause(exc)
    lines = _aftermath(where, run, statement, state, cause)
    server_hint = _server_hint(exc)
    if server_hint:
        lines.insert(0, server_hint)
    hint = "\n".join(lines)
    return RevisionFailedError(clean(message), hint=clean(hint), revision=where.revision)


def _server_hint(exc: BaseException) -> str | None:
    """The database server's own HINT line of ``exc`` (PostgreSQL's), as the server wrote it."""
    orig = getattr(exc, "orig", None)
    for line in str(orig if orig is not None else exc).splitlines()[1:]:
        if line.strip().upper().startswith("HINT:"):
            return "HINT: " + line.strip()[5:].strip()
    return None


def _aftermath(
    where: Where | None,
    run: DatabaseRun | None,
    statement: str,
    state: str | None,
    cause: str | None = None,
) -> list[str]:
    """What stays applied after a revision stopped half way, and what to do about it."""
    down = where is not None and where.function.startswith("down")
    direction = "downgrade" if down else "upgrade"
    revision = where.revision if where is not None else None
    now = f" The database is {state}." if state else ""
    again = _next_step(cause, direction)
    ran, undone = run.kept(statement) if run is not None else ([], 0)
    if run is not None and run.rolls_back and run.committed_early:
        return _partly_committed(where, run, statement, now, direction, again)
    if run is None or run.rolls_back:
        per_revision = run is None or run.per_migration
        rolled = (
            "the changes of this revision" if per_revision else "the changes this command had made"
        )
        return [f"{_dialect(run)} rolled back {rolled}.{now}", again]
    if not ran:
        what = (
            f"No statement of revision {revision} stays applied"
            if undone
            else (f"No statement of revision {revision} had changed anything yet")
        )
        return [f"{what}.{now}", again]
    count = f"{len(ran)} statement{'s' if len(ran) != 1 else ''}"
    lines = [
        f"{_dialect(run)} does not roll back schema changes: {count} of revision {revision}"
        f" already ran and {'stay' if len(ran) != 1 else 'stays'} applied:"
    ]
    lines += [f"  {_short(clean(s), 300)}" for s in ran]
    if undone:
        lines.append(f"({undone} later statement{'s' if undone != 1 else ''} rolled back.)")
    if not down:
        done = f"'flask db stamp {revision}'"
    else:
        previous = where.globals.get("down_revision") if where is not None else None
        if isinstance(previous, (list, tuple)):
            done = "'flask db stamp' and its down revisions"
        else:
            done = f"'flask db stamp {previous or 'base'}'"
    fix = "fix the revision and " if cause in (None, "missing") else ""
    lines.append(
        f"{now.strip()} Undo those statements by hand, {fix}run"
        f" 'flask db {direction}' again; or finish the revision by hand and record it with"
        f" {done}.".strip()
    )
    if cause is not None:
        lines.append(again)
    return lines


def _partly_committed(
    where: Where | None,
    run: DatabaseRun,
    statement: str,
    now: str,
    direction: str,
    again: str,
) -> list[str]:
    """What stays after a failure where DDL is transactional but some of it committed early.

    An ``autocommit_block`` commits the transaction before it (the revisions completed so far
    included) and runs its own statements outside any transaction: a rollback cannot undo
    them.
    """
    revision = where.revision if where is not None else "?"
    done = run.completed[: run.committed_steps] if not run.per_migration else []
    undone = run.completed[run.committed_steps :]
    undone_revisions = {rev for rev, _ in undone}
    stays = [(rev, s) for rev, s in run.early if rev in undone_revisions]
    committed = [s for s, c in zip(run.pending, run.committed) if c]
    if committed and statement and _same_text_end(committed[-1], statement):
        committed.pop()
    stays += [(str(revision), s) for s in committed]
    lines = [
        f"{_dialect(run)} rolled back only what was not committed yet: an autocommit_block"
        " commits everything that ran before it, and its own statements commit as they run."
    ]
    if done:
        lines.append("Committed before the failure, so done: " + _steps(done) + ".")
    rolled = [*(f"{d} {rev}" for rev, d in undone), f"what {direction} {revision} had run"]
    lines.append("Rolled back: " + ", ".join(rolled) + ".")
    if stays:
        lines.append(
            "These statements committed on their own and stay applied, although the version"
            " table does not record their revision as done:"
        )
        lines += [f"  {rev}: {_short(clean(s), 300)}" for rev, s in stays]
    lines.append(f"{now.strip()}".strip() or "Run 'flask db current' to see where it stands.")
    if stays:
        names = ", ".join(sorted({rev for rev, _ in stays}))
        lines.append(
            f"Running 'flask db {direction}' again runs the statements of {names} again:"
            " undo those listed by hand first, or write them so that they can run twice"
            " (IF EXISTS, IF NOT EXISTS)."
        )
    lines.append(again)
    return lines


def _steps(steps: list[tuple[str, str]]) -> str:
    return ", ".join(f"{direction} {rev}" for rev, direction in steps)


def _same_text_end(ran: str, failed: str) -> bool:
    ran, failed = " ".join(ran.split()), " ".join(failed.split())
    return ran == failed or (failed.endswith("...") and ran.startswith(failed[:-3]))


#: What to do when a revision failed for a reason that is not in its file, by cause.
_NEXT_STEPS = {
    "lost": "The connection to the database was lost (the server ended it, or went away):"
    " check that the server runs, then run 'flask db {direction}' again.",
    "read-only": "The database refused to write: it is read-only, or its user may not change"
    " the schema. Check the database's permissions (and that the URL names a writable server,"
    " not a replica), then run 'flask db {direction}' again.",
    "full": "The database ran out of space (a full disk, or a size limit): free space or raise"
    " the limit, then run 'flask db {direction}' again.",
    "exists": "The database already has what this statement creates: its schema does not match"
    " the revision its version table names (stamped to the wrong revision, or changed by"
    " hand). Undo that change by hand, or record the revision the schema matches with"
    " 'flask db stamp <revision>'; then run 'flask db {direction}' again.",
    "missing": "The database lacks what this statement uses. If the revision names it"
    " correctly, the schema does not match the revision its version table names (stamped to"
    " the wrong revision, or changed by hand): record the revision the schema matches with"
    " 'flask db stamp <revision>'. Otherwise fix the revision file. Then run"
    " 'flask db {direction}' again.",
    "lock-timeout": "The database gave up waiting for a lock on a table this statement changes"
    " (the table lock timeout: --table-lock-timeout, MIGRATIONS_TABLE_LOCK_TIMEOUT, or the"
    " server's own): another session held it, a long query or an open transaction (while it"
    " waited, the command said which session). The"
    " revision is not at fault: run 'flask db {direction}' again when the table is quiet, or"
    " allow a longer wait (--table-lock-timeout SECONDS on PostgreSQL, the server's"
    " lock_wait_timeout on MySQL and MariaDB).",
    "statement-timeout": "The database cancelled the statement when it ran longer than the"
    " statement timeout (--statement-timeout, MIGRATIONS_STATEMENT_TIMEOUT, or the server's"
    " own). The revision is not at fault: allow longer (--statement-timeout SECONDS on"
    " PostgreSQL, the server's max_statement_time on MariaDB) and run 'flask db {direction}'"
    " again, or split the slow work into revisions of its own.",
    "limit": "The database ran out of a resource that its server settings limit (the server's"
    " hint names the setting; PostgreSQL's 'out of shared memory' means one transaction took"
    " more locks than max_locks_per_transaction allows, as when one revision creates"
    " hundreds of tables). Raise that setting on the server (max_locks_per_transaction"
    " needs a restart), or split the revision into smaller ones (or set"
    " transaction_per_migration=True, which commits each revision on its own); then run"
    " 'flask db {direction}' again.",
    "locked": "Another process held the SQLite database file locked for longer than SQLite"
    " waits. SQLite cannot say which process or connection holds its file ('fuser' or 'lsof'"
    " on the database file lists the processes that have it open). Let that one finish or end"
    " it, then run 'flask db {direction}' again.",
}


def _next_step(cause: str | None, direction: str) -> str:
    if cause is None:
        return f"Fix the revision file, then run 'flask db {direction}' again."
    return _NEXT_STEPS[cause].format(direction=direction)


#: SQLSTATE codes (PostgreSQL and others) and MySQL/MariaDB error numbers of each cause.
_SQLSTATES = {
    "lost": ("08", "57P01", "57P02", "57P03"),
    "lock-timeout": ("55P03",),
    "limit": ("53000", "53200", "53400"),
    "read-only": ("25006", "42501"),
    "full": ("53100",),
    "exists": ("42P07", "42701", "42710", "42P06", "42723"),
    "missing": ("42P01", "42703", "42704", "3F000", "42883"),
}
_MYSQL_ERRORS = {
    "lost": (1927, 2006, 2013, 2055),
    "lock-timeout": (1205,),
    "statement-timeout": (1969, 3024),
    "read-only": (1036, 1044, 1142, 1143, 1227, 1290, 1792),
    "full": (1021, 1114),
    "exists": (1050, 1060, 1061, 1826),
    "missing": (1051, 1054, 1091, 1146),
}
_SQLITE_TEXT = {
    "read-only": ("readonly database",),
    "full": ("database or disk is full",),
    "exists": ("already exists", "duplicate column name"),
    "missing": ("no such table", "no such column", "no such index"),
    "locked": ("database is locked", "database table is locked"),
}


def _cause(exc: BaseException) -> str | None:
    """Why a revision's statement failed, when the revision file is not what is wrong.

    "lost" (the connection), "read-only", "full" (the disk), "exists" or "missing" (the
    schema does not match the version table), "lock-timeout" and "statement-timeout" (a
    timeout ended the wait or the statement), "limit" (a server setting's limit, such as
    PostgreSQL's lock table: "out of shared memory"); None: look at the revision.
    """
    from sqlalchemy import exc as sa_exc

    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    if exc.connection_invalidated:
        return "lost"
    orig = exc.orig
    sqlstate = str(getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or "")
    args = getattr(orig, "args", ())
    number = args[0] if args and isinstance(args[0], int) else None
    text = str(orig).lower()
    if sqlstate == "57014" and "statement timeout" in text:  # not a cancel by hand
        return "statement-timeout"
    for cause in _NEXT_STEPS:
        if sqlstate and sqlstate.startswith(_SQLSTATES.get(cause, ())):
            return cause
        if number is not None and number in _MYSQL_ERRORS.get(cause, ()):
            return cause
        if any(words in text for words in _SQLITE_TEXT.get(cause, ())):
            return cause
    return None


def interrupted(exc: KeyboardInterrupt, config: Config | None, recorder: Recorder) -> Interrupted:
    """What a Ctrl-C left behind: the revisions completed and the one cut short."""
    where = revision_frame(exc, Folder.of(config))
    run = recorder.last
    message = "Interrupted"
    if where is not None:
        label = f"revision {where.revision}" + (f" ({where.doc})" if where.doc else "")
        message += f" while running {label} at {where}"
    message += "."
    lines: list[str] = []
    for db in recorder.runs.values():
        if db.completed:
            on = f" on database '{db.bind}'" if db.bind else ""
            # an autocommit_block commits the revisions before it
            kept = len(db.completed) if not db.transactional_ddl or db.per_migration else 0
            kept = max(kept, db.committed_steps)
            if kept:
                names = ", ".join(rev for rev, _ in db.completed[:kept])
                lines.append(f"Completed before the interrupt{on}: {names}.")
            if db.completed[kept:]:
                names = ", ".join(rev for rev, _ in db.completed[kept:])
                lines.append(
                    f"Completed before the interrupt{on}: {names}"
                    f" ({_dialect(db)} rolled them back with the rest)."
                )
    if where is not None and run is not None:
        ran, _ = run.kept()
        if run.rolls_back:
            lines.append(f"{_dialect(run)} rolled back what was not committed.")
            stays = [s for s, c in zip(run.pending, run.committed) if c]
            if stays:
                lines.append(
                    f"These statements of revision {where.revision} committed on their own (in"
                    " an autocommit_block) and stay applied:"
                )
                lines += [f"  {_short(clean(s), 300)}" for s in stays]
        elif ran:
            lines.append(
                f"{_dialect(run)} does not roll back schema changes: these statements of"
                f" revision {where.revision} ran and stay applied:"
            )
            lines += [f"  {_short(clean(s), 300)}" for s in ran]
    lines += database_states(config) or [
        "Run 'flask db current' to see where each database stands."
    ]
    return Interrupted(clean(message), hint=clean("\n".join(lines)))


def database_states(config: Config | None) -> list[str] | None:
    """Each database's "is at revision X", read back from it; None when it cannot be read."""
    found = probe.database_heads(config)
    if not found:
        return None
    if len(found) == 1:
        return [f"The database is {_at(found[0][1])}."]
    return [f"Database '{bind or 'default'}' is {_at(heads)}." for bind, heads in found]


def _at(heads: tuple[str, ...]) -> str:
    return f"at revision {', '.join(heads)}" if heads else "at base (no revision applied)"
