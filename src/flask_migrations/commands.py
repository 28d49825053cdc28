"""How the ``flask db`` group reaches an application's CLI without costing it anything.

Two ways in, both light (click and Flask only; the commands, Alembic and SQLAlchemy's extras
are imported when a command runs):

- :class:`LazyGroup`, which ``Migrate.init_app`` registers on ``app.cli`` under the name asked
  for (``Migrate(command=...)``); it becomes the real group (:mod:`flask_migrations.cli`) the
  moment click resolves it.
- :data:`entry_point`, the ``flask.commands`` entry point named ``db``. Flask loads it for every
  application in the environment and looks it up before the application's own commands, so it
  hands over to whatever the application itself registered as ``db``: our group, Flask-Migrate's
  (mid-switch), or the application's own ``@app.cli.group("db")``. It shows in ``flask --help``
  only when the application has a ``db`` command; an application without ``Migrate`` gets our
  group, whose commands say clearly that the extension is missing.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

#: The commands that are also functions, in both faces (:mod:`.api`, :mod:`.inprocess`).
FUNCTIONS = (
    "accept_edit",
    "branches",
    "check",
    "current",
    "downgrade",
    "edit",
    "heads",
    "history",
    "init",
    "list_templates",
    "merge",
    "migrate",
    "plan",
    "revision",
    "show",
    "stamp",
    "status",
    "upgrade",
)

#: The group's help, shown by ``flask --help`` without importing the commands.
HELP = "Database migrations on Alembic: create, apply and inspect revisions."

#: The same in a line of ``flask --help`` (click cuts at 45 characters).
SHORT_HELP = "Create, apply and inspect migrations."

_PASS_THROUGH = {
    "ignore_unknown_options": True,
    "allow_extra_args": True,
    "allow_interspersed_args": False,
    "help_option_names": [],
}


#: The real group, named as an entry point names an object: this module sits low in the
#: package (``Migrate.init_app`` registers the stand-in), the commands at its top, so the
#: stand-in holds their name and loads them when click resolves it, as Flask loads the
#: ``flask.commands`` entry points (see docs/design.md: imports go down only).
GROUP = "flask_migrations.cli:db"


def real_group() -> click.Group:
    """The ``flask db`` group with every command (imports them)."""
    module, _, name = GROUP.partition(":")
    group: click.Group = getattr(importlib.import_module(module), name)
    return group


class LazyGroup(click.Command):
    """A stand-in that click resolves to the real group when the command runs."""

    def __init__(self, name: str) -> None:
        super().__init__(name, help=HELP, context_settings=dict(_PASS_THROUGH))

    def target(self, parent: click.Context | None) -> click.Command:
        """The command that runs in this stand-in's place."""
        return real_group()

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        return self.target(parent).make_context(info_name, args, parent=parent, **extra)

    def get_short_help_str(self, limit: int = 45) -> str:
        return SHORT_HELP


class _EntryPoint(LazyGroup):
    """The ``flask.commands`` entry point: the application's own ``db`` command wins."""

    def target(self, parent: click.Context | None) -> click.Command:
        app = _app(parent)
        if app is None or "migrate" not in app.extensions:
            return real_group()  # its commands say that Migrate(app, db) is missing
        theirs = app.cli.get_command(parent, self.name) if parent is not None else None
        if theirs is None:  # Migrate(command="...") registered the group under another name
            raise click.UsageError(f"No such command {self.name!r}.", parent)
        return theirs.target(parent) if isinstance(theirs, LazyGroup) else theirs

    @property
    def hidden(self) -> bool:
        """Listed in ``flask --help`` only when the application has a ``db`` command."""
        parent = click.get_current_context(silent=True)
        app = _app(parent)
        return app is None or app.cli.get_command(parent, self.name or "db") is None

    @hidden.setter
    def hidden(self, value: bool) -> None:
        pass  # decided per application, above

    def get_short_help_str(self, limit: int = 45) -> str:
        parent = click.get_current_context(silent=True)
        app = _app(parent)
        theirs = app.cli.get_command(parent, self.name or "db") if app is not None else None
        if theirs is not None and not isinstance(theirs, LazyGroup):
            return theirs.get_short_help_str(limit)
        return super().get_short_help_str(limit)


def _app(ctx: click.Context | None) -> Any:
    """The application the ``flask`` command loads, or None when there is none."""
    from flask import current_app
    from flask.cli import ScriptInfo

    if current_app:
        return current_app._get_current_object()  # type: ignore[attr-defined]
    info = ctx.find_object(ScriptInfo) if ctx is not None else None
    if info is None:
        return None
    try:
        return info.load_app()
    except Exception:  # noqa: BLE001 - Flask reports a broken application itself
        return None


#: Registered as the ``flask.commands`` entry point ``db`` (see pyproject.toml).
entry_point = _EntryPoint("db")
