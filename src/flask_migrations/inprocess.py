"""The top-level functions: what Flask-Migrate's functions do when an application calls them.

Applications call ``upgrade()`` at start-up, ``current()`` or ``history()`` from their own click
commands, ``stamp()`` from backup and restore code. Flask-Migrate's functions print what the
matching ``flask db`` command prints (Alembic's progress lines on stderr, what was found on
stdout), turn Alembic's errors (``CommandError``, ``RuntimeError``) into one ``Error:`` line and
``SystemExit(1)``, and let every other exception through as it is: a start-up loop that retries
on SQLAlchemy's ``OperationalError`` keeps working. These do the same over the clean API
(:mod:`flask_migrations.api`) and print with the CLI's own renderers (:mod:`.output`); they
still return the API's values.

Code that wants values and exceptions, and no output, calls :mod:`flask_migrations.api`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable, TypeVar

import click
from alembic.util import CommandError

from . import api, output
from .commands import FUNCTIONS
from .errors import MigrationError

F = TypeVar("F", bound=Callable[..., Any])

__all__ = list(FUNCTIONS)


@contextmanager
def _as_flask_migrate() -> Iterator[None]:
    """Alembic's lines on stderr; an error the way Flask-Migrate ends with it."""
    with output.alembic_output(), output.typed_as(output.FUNCTIONS):
        try:
            yield
        except MigrationError as exc:
            through = _let_through(exc)
            if through is not None:
                raise through from None
            output.echo_error(exc.message, exc.hint)
            raise SystemExit(exc.exit_code) from None


def _let_through(exc: MigrationError) -> BaseException | None:
    """The exception Flask-Migrate would have let through in place of ``exc``, if any.

    Flask-Migrate stops on Alembic's own errors; a database, driver or revision error
    (``OperationalError``, ``ProgrammingError``, a ``ValueError`` in a revision) reaches the
    caller as the exception it is. Errors of our own (a lock timeout, a refused id) have no
    original and end as Alembic's would.
    """
    original = exc.original
    if original is None or isinstance(original, (CommandError, RuntimeError)):
        return None
    if isinstance(original, MigrationError):
        return _let_through(original)
    return original


def _printing(fn: F, render: Callable[[Any, dict[str, Any]], None]) -> F:
    """``fn`` of the clean API, printing its result with ``render(result, arguments)``."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        with _as_flask_migrate():
            result = fn(*args, **kwargs)
            render(result, bound.arguments)
            return result

    return call  # type: ignore[return-value]


def _steps(result: api.MigrationResult, arguments: dict[str, Any]) -> None:
    output.sql(result)
    output.warnings(result.warnings)


def _initialised(created: Any, arguments: dict[str, Any]) -> None:
    output.created(created)
    click.echo("Next: define your models, then call migrate() to write the first revision.")


def _checked(result: None, arguments: dict[str, Any]) -> None:
    click.echo("No new upgrade operations detected.")


list_templates = _printing(api.list_templates, lambda found, _: output.templates(found))
init = _printing(api.init, _initialised)
revision = _printing(
    api.revision, lambda scripts, a: output.generated(scripts, a["autogenerate"])
)
migrate = _printing(api.migrate, lambda scripts, _: output.generated(scripts, True))
merge = _printing(api.merge, lambda scripts, _: output.generated(scripts))
upgrade = _printing(api.upgrade, _steps)
downgrade = _printing(api.downgrade, _steps)
stamp = _printing(api.stamp, _steps)
show = _printing(api.show, lambda scripts, _: output.show(scripts))
history = _printing(api.history, lambda scripts, a: output.history(scripts, a["verbose"]))
heads = _printing(api.heads, lambda scripts, a: output.heads(scripts, a["verbose"]))
branches = _printing(api.branches, lambda found, a: output.branches(found, a["verbose"]))
current = _printing(api.current, lambda found, a: output.current(found, a["verbose"]))
check = _printing(api.check, _checked)
plan = _printing(api.plan, lambda plans, _: output.plan(plans))
accept_edit = _printing(api.accept_edit, lambda done, a: output.accepted(a["revision"], done))


def edit(
    directory: Any = None, revision: str = "current", x_arg: api.XArg = None
) -> list[Any]:
    """Open the revision file(s) ``revision`` names in the editor (default: the database's
    current revision, as Flask-Migrate's ``edit()``)."""
    with _as_flask_migrate():
        return api.edit(directory, revision, x_arg)


def status(directory: Any = None, check: bool = False, x_arg: api.XArg = None) -> list[Any]:
    """Print every revision of each database (as ``flask db status``); with ``check``, then
    end as ``flask db status --check`` does when a database is behind."""
    from .statuses import require_up_to_date as check_statuses

    with _as_flask_migrate():
        found = api.status(directory, x_arg=x_arg)
        output.status(found)
        if check:
            check_statuses(found)
        return found
