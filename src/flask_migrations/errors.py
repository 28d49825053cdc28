"""The one exception family of Flask-Migrations.

Every failure the API reports is a :class:`MigrationError`. Its message is meant for a person:
what went wrong, which file, revision or database, and what to do next. The CLI prints it as
``Error: <message>`` and exits with :attr:`MigrationError.exit_code`.
"""

from __future__ import annotations

from typing import Any

from . import exitcodes


class MigrationError(Exception):
    """Base class of every error raised by Flask-Migrations."""

    #: The exit code the ``flask db`` command ends with for this error.
    exit_code = exitcodes.ERROR

    #: An answer rather than a fault (``check`` found changes, a database is behind, the lock
    #: stayed taken): Flask's debug mode shows no traceback for it, only ``-v`` does.
    expected = False

    #: The exception this error explains (Alembic's, SQLAlchemy's, a driver's), when there is
    #: one. It is not chained as the cause, so that an uncaught error shows as one exception;
    #: ``flask db -v`` prints its traceback.
    original: BaseException | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: What to do next, when there is an obvious next step.
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n{self.hint}"
        return self.message


class ConfigurationError(MigrationError):
    """The application, the extension or the migrations folder is not set up as needed."""


class RevisionError(MigrationError):
    """A revision id, range or graph is not usable for the command asked."""


class DatabaseError(MigrationError):
    """A database could not be reached, or a statement failed."""


class RevisionFailedError(DatabaseError):
    """A revision raised while it ran; the message says what of it stays applied."""

    def __init__(self, message: str, *, hint: str | None = None, revision: str | None = None):
        super().__init__(message, hint=hint)
        #: The id of the revision that failed.
        self.revision = revision


class SchemaDiffersError(MigrationError):
    """``check`` found changes in the models that no revision holds yet."""

    expected = True

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        #: Alembic's autogenerate differences (tuples), as ``compare_metadata`` gives them.
        self.diffs: list[Any] = []
        #: The same differences as sentences ("added table 'tag'").
        self.changes: list[str] = []


class NotUpToDateError(MigrationError):
    """The database is not at the head revision(s) where it has to be."""

    expected = True


class Interrupted(KeyboardInterrupt):
    """Ctrl-C stopped a command; the message says what had run.

    A :class:`KeyboardInterrupt`, so that code which stops on Ctrl-C still stops; the CLI
    prints it like a :class:`MigrationError` and exits with code 130.
    """

    exit_code = exitcodes.INTERRUPTED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


def shown_alone(error: MigrationError, original: BaseException | None) -> MigrationError:
    """``error`` as the API raises it: one exception, the one it explains kept as
    :attr:`~MigrationError.original` (and still reachable as ``__context__``)."""
    if original is not None and error.original is None:
        error.original = original
    error.__cause__ = None
    error.__suppress_context__ = True
    return error
