"""The checks as pytest items: ``migrations::stairway[1a2b3c]``, one per check and revision.

The items run in the order they are collected (the database checks share throwaway
databases); each database check first brings the databases where it needs them, so a failure
stays with its revision and pytest-xdist may hand the items to any worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .throwaway import ThrowawayError

if TYPE_CHECKING:
    from .fixtures import Kit


class MigrationCheck(pytest.Item):
    """One built-in check; its failure is the check's message, without a traceback."""

    def __init__(self, *, run: Callable[[], None], about: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._run = run
        self._about = about

    def runtest(self) -> None:
        self._run()

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        from .checks import CheckFailed

        if isinstance(excinfo.value, (CheckFailed, ThrowawayError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path | str, int | None, str]:
        return self._about or "migrations", None, f"migrations::{self.name}"


class MigrationChecks(pytest.Collector):
    def collect(self) -> list[pytest.Item]:
        return []


def checks(session: pytest.Session, kit: Kit) -> list[pytest.Item]:
    parent = MigrationChecks.from_parent(session, name="migrations", nodeid="migrations")

    def item(name: str, run: Callable[[], None], about: str | None = None) -> pytest.Item:
        return MigrationCheck.from_parent(parent, name=name, run=run, about=about)

    try:
        plan = kit.plan()
    except ThrowawayError as exc:
        message = str(exc)

        def fail() -> None:
            raise ThrowawayError(message)

        return [item("setup", fail)]
    return [item(name, run, about) for name, run, about in plan]
