"""Why a command failed, told so that a person can act on it.

:func:`explain` turns what Alembic, SQLAlchemy, a driver, the folder's env.py or a revision file
raised into a :class:`~flask_migrations.errors.MigrationError` that names the thing (the file
and line of a revision, the revision that failed and its statement, the database) and says what
to do next. Exceptions that are not ours to explain come back as None and travel on unchanged.

One module per job: :mod:`.locate` finds the file and line in a traceback, :mod:`.files`
explains the project's own files and application, :mod:`.alembic_messages` Alembic's errors,
:mod:`.database` database and driver errors, :mod:`.aftermath` what a failed or interrupted
revision leaves applied. It reads nothing itself but through :mod:`flask_migrations.probe`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alembic.util import CommandError

from ..errors import ConfigurationError, MigrationError
from .aftermath import database_states, interrupted, revision_failed
from .alembic_messages import REVISION_ERRORS, command_error, schema_differs
from .database import DRIVER_PACKAGES, bad_url, driver_or_database, missing_driver, no_dialect
from .files import (
    app_exception,
    bad_settings,
    bad_x_argument,
    env_failed,
    file_error,
    load_failure,
    missing_attribute,
    not_a_function,
    revision_not_loaded,
    syntax_error,
)
from .locate import Folder, Where, frame_of, innermost_frame, revision_frame, shown

if TYPE_CHECKING:
    from alembic.config import Config

    from ..recorder import Recorder

__all__ = [
    "DRIVER_PACKAGES",
    "Folder",
    "Where",
    "app_exception",
    "bad_settings",
    "bad_url",
    "database_states",
    "explain",
    "interrupted",
    "load_failure",
    "missing_driver",
    "no_dialect",
    "revision_frame",
    "schema_differs",
    "shown",
]


def explain(
    exc: BaseException, config: Config | None = None, recorder: Recorder | None = None
) -> MigrationError | None:
    """The MigrationError that tells a person what ``exc`` means, or None to let it through."""
    folder = Folder.of(config)
    if isinstance(exc, SyntaxError) and exc.filename:
        return syntax_error(exc, folder)
    settings = bad_settings(exc, config)
    if settings is not None:
        return settings
    not_callable = not_a_function(exc)
    if not_callable is not None:
        return not_callable
    where = revision_frame(exc, folder)
    if where is not None:
        if where.loading:
            return revision_not_loaded(exc, where)
        return revision_failed(exc, where, config, recorder)
    if frame_of(exc, "get_x_argument") is not None:
        return bad_x_argument(exc, config)
    if isinstance(exc, CommandError) or type(exc).__name__ in REVISION_ERRORS:
        return command_error(exc, config, folder)
    if isinstance(exc, KeyError) and exc.args == ("migrate",):
        return ConfigurationError(
            "This application has no Migrate extension.",
            hint="Create it with Migrate(app, db), or migrate.init_app(app, db) in your factory.",
        )
    if isinstance(exc, AttributeError):
        missing = missing_attribute(exc, folder)
        if missing is not None:
            return missing
    found = driver_or_database(exc) or bad_url(exc) or file_error(exc)
    if found is not None:
        return found
    innermost = innermost_frame(exc)
    if folder is not None and innermost is not None:
        frame, line = innermost
        if folder.is_env_file(frame.f_code.co_filename):
            return env_failed(exc, f"{shown(frame.f_code.co_filename)}:{line}", config)
    return None
