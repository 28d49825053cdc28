"""The frame around every Alembic command the API runs.

It serialises commands within the process (Alembic's ``context`` is process-global), keeps the
folder's env.py from taking over the host application's logging, hands per-command hooks to
``context.configure`` through the extension state, and turns whatever Alembic, SQLAlchemy or a
driver raises into a :class:`~flask_migrations.errors.MigrationError` (see explain.py).
"""

from __future__ import annotations

import logging.config
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable

from .errors import Interrupted, MigrationError, shown_alone
from .explain import DRIVER_PACKAGES, explain, interrupted
from .recorder import Recorder
from .redact import clean, hide_password

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext

    from .config import Config
    from .extension import MigrateState

_lock = threading.RLock()
#: The Config and Recorder of the command running in this thread, for :func:`translate`.
_current = threading.local()
_current.running = None

__all__ = ["DRIVER_PACKAGES", "command", "display_url", "hide_password", "translate"]


@contextmanager
def command(state: MigrateState, config: Config, **hooks: Callable[..., Any]) -> Iterator[None]:
    """Run one Alembic command for ``state``'s application.

    ``hooks`` are ``context.configure`` callbacks (``on_version_apply``) added to the user's
    own for the length of the command. What the command runs is recorded, so that a failure
    can say what had run before it.
    """
    with _lock:
        recorder = Recorder()
        previous = state.command_args
        state.command_args = _merge_hooks(state, hooks, recorder.on_step)
        saved_file_config = logging.config.fileConfig
        logging.config.fileConfig = _keep_logging(saved_file_config, config)
        outer = getattr(_current, "running", None)  # None in a thread that ran none yet
        _current.running = (config, recorder, {})
        try:
            with recorder.listening():
                yield
        except MigrationError as exc:
            raise shown_alone(exc, exc.__cause__) from None
        except KeyboardInterrupt as exc:
            if isinstance(exc, Interrupted):
                raise
            raise _safely(interrupted, exc, config, recorder) or exc from exc
        except Exception as exc:
            translated = _explained(exc)
            if translated is None:
                raise
            raise shown_alone(translated, exc) from None
        finally:
            _current.running = outer
            logging.config.fileConfig = saved_file_config
            state.command_args = previous


def _safely(explainer: Callable[..., Any], exc: BaseException, *args: Any) -> Any:
    """What ``explainer`` makes of ``exc``; None if explaining fails: the original goes on."""
    try:
        return explainer(exc, *args)
    except Exception:  # noqa: BLE001 - a bug in explaining must not hide the error itself
        return None


def _merge_hooks(
    state: MigrateState, hooks: dict[str, Callable[..., Any]], on_step: Callable[..., Any]
) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    own = state._configure_args
    for name, hook in {**hooks, "on_version_apply": hooks.get("on_version_apply")}.items():
        ours = [h for h in (hook, on_step if name == "on_version_apply" else None) if h]
        theirs = own.get(name)
        if theirs is None:
            merged[name] = ours
        elif callable(theirs):
            merged[name] = [theirs, *ours]
        else:
            merged[name] = [*theirs, *ours]
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


def _explained(exc: BaseException) -> MigrationError | None:
    """What the running command makes of ``exc``, worked out once (it may read the databases)."""
    config, recorder, explained = _current.running
    if id(exc) not in explained:
        explained[id(exc)] = (exc, _safely(explain, exc, config, recorder))
    return explained[id(exc)][1]


def failure_text(exc: BaseException) -> str:
    """What the running command tells of ``exc``: its Error line and hint, without passwords.

    The history table keeps this, not the exception's own text, which holds the values of the
    statement that failed (SQLAlchemy's ``[parameters: ...]``).
    """
    translated = _explained(exc) if getattr(_current, "running", None) is not None else None
    if translated is not None:
        return str(translated)
    lines = str(exc).strip().splitlines()
    return clean(f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__)


def translate(exc: BaseException, config: Config | None = None) -> MigrationError | None:
    """The MigrationError that tells a person what ``exc`` means, or None to let it through.

    Called while a command runs (from env.py, say), it knows that command's folder and what
    it ran.
    """
    running = getattr(_current, "running", None)
    if running is not None:
        return explain(exc, config or running[0], running[1])
    return explain(exc, config)
