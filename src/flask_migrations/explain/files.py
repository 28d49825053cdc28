"""Errors of the project's own files: alembic.ini, env.py, a revision file that cannot be
loaded, a file that cannot be written, and the application that cannot be loaded."""

from __future__ import annotations

import configparser
import errno
import os
import re
import sys
import sysconfig
import traceback
from typing import TYPE_CHECKING

from ..alembic_private import file_being_written, running_step
from ..errors import (
    ConfigurationError,
    MigrationError,
)
from ..redact import clean
from .database import DRIVER_PACKAGES, bad_url, missing_driver, no_dialect
from .locate import (
    Folder,
    Where,
    exception_line,
    innermost_frame,
    is_under,
    shown,
    traceback_frames,
)

if TYPE_CHECKING:
    from alembic.config import Config


def syntax_error(exc: SyntaxError, folder: Folder | None) -> MigrationError | None:
    path = str(exc.filename)
    what = "Revision file"
    if folder is None or not (folder.is_revision_file(path) or folder.is_env_file(path)):
        if folder is None or not is_under(os.path.abspath(path), folder.root):
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


def revision_not_loaded(exc: BaseException, where: Where) -> MigrationError:
    hint = "Fix the file (or install what it imports), then run the command again."
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        package = DRIVER_PACKAGES.get(exc.name.split(".")[0])
        if package:
            hint = f"Install it: pip install {package}"
    return ConfigurationError(
        f"Revision file {where.path and shown(where.path)} could not be imported:"
        f" {exception_line(exc)} (line {where.line})",
        hint=hint,
    )


def missing_attribute(exc: AttributeError, folder: Folder | None) -> MigrationError | None:
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


def bad_x_argument(exc: BaseException, config: Config | None) -> MigrationError:
    given = _x_values(config)
    return ConfigurationError(
        f"An -x value is not of the form key=value: {', '.join(given) or '(none)'}.",
        hint="Give -x values as -x key=value, as the migrations folder's env.py expects.",
    )


def _x_values(config: Config | None) -> list[str]:
    cmd_opts = getattr(config, "cmd_opts", None)
    return [str(x) for x in (getattr(cmd_opts, "x", None) or [])]


def env_failed(exc: BaseException, where: str, config: Config | None) -> MigrationError:
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
        f"The migrations environment failed at {where}: {exception_line(exc)}", hint=clean(hint)
    )


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
    for frame, _ in reversed(list(traceback_frames(exc))):
        path = os.path.abspath(frame.f_code.co_filename)
        if not any(is_under(path, folder) for folder in helpers):
            return is_under(path, ours)
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


def not_a_function(exc: BaseException) -> MigrationError | None:
    """A revision whose ``upgrade``/``downgrade`` is not a function (Alembic calls it anyway)."""
    running = running_step(exc) if isinstance(exc, TypeError) else None
    if running is None:
        return None
    step = running[1]
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


def file_error(exc: BaseException) -> MigrationError | None:
    """A file (a revision, say) that could not be written: full disk, size limit, permissions."""
    if not isinstance(exc, OSError) or exc.errno not in _FILE_ERRORS:
        return None
    path = exc.filename if exc.filename is not None else file_being_written(exc)
    what, step = _FILE_ERRORS[exc.errno]
    verb = "Cannot use" if exc.errno in (errno.EACCES, errno.EPERM) else "Cannot write"
    target = shown(str(path)) if path else "a file"
    return ConfigurationError(
        f"{verb} {target}: {what} ({errno.errorcode.get(exc.errno or 0, '')}).",
        hint=f"{step}, then run the command again.",
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
    folders.add(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the package
    return folders


def _app_line(exc: BaseException) -> str | None:
    """``file:line`` of the application's code where ``exc`` happened (not a library's)."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return f"{shown(str(exc.filename))}:{exc.lineno}"
    libraries = _library_folders()
    found = None
    for frame, line in traceback_frames(exc):
        path = os.path.abspath(frame.f_code.co_filename)
        if frame.f_code.co_filename.startswith("<") or any(is_under(path, d) for d in libraries):
            continue
        found = f"{shown(path)}:{line}"
    if found is None:
        innermost = innermost_frame(exc)
        if innermost is not None:
            found = f"{shown(innermost[0].f_code.co_filename)}:{innermost[1]}"
    return found
