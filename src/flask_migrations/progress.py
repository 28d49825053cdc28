"""Progress of ``flask db upgrade``/``downgrade``: each revision as it completes, with a count
and its time, and on a terminal a ticking time on a revision that runs long.

:func:`expected` reads what the command will run on each database, and how long each step
took the last time it ran there (the history table), so the display can say how long the
rest should take. :class:`Progress` is handed to the command's ``deploy.Guard``, which tells it
when the migration begins, when each step is done and when it ends; it writes only through
:mod:`.output`, which owns the terminal, so its lines never cut into Alembic's. The in-process
Flask-Migrate-compatible functions never make one.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import output

if TYPE_CHECKING:
    from .config import Config

#: Seconds a revision runs before a terminal shows its ticking time.
TICK_AFTER = 1.0
#: Seconds between two ticks.
TICK = 0.5


@dataclass(frozen=True)
class ExpectedStep:
    """One step upgrade or downgrade will run on one database."""

    database: str  # "" for the default database, else the bind key
    revision: str
    message: str | None
    direction: str  # "upgrade" or "downgrade"
    #: How long it took the last time it ran on this database (None: never, or no history).
    last_ms: int | None = None


def expected(config: Config, destination: str, direction: str) -> list[ExpectedStep]:
    """The steps ``upgrade destination`` (or ``downgrade``) will run, database after database."""
    from alembic.script import ScriptDirectory

    from .history_table import read_rows
    from .planner import steps_to
    from .probe import bind_of, each_database

    script = ScriptDirectory.from_config(config)

    def of(context: Any) -> list[ExpectedStep]:
        database = bind_of(context)
        heads = tuple(context.get_current_heads())
        rows = read_rows(context.connection, context.opts.get("version_table_schema")) or []
        last = {
            (row.revision, row.direction): row.duration_ms
            for row in rows
            if row.success and row.duration_ms is not None
        }
        found = []
        for step in steps_to(script, destination, heads, direction):
            kind = "upgrade" if step.is_upgrade else "downgrade"
            revision = step.revision.revision
            took = last.get((revision, kind))
            found.append(ExpectedStep(database, revision, step.revision.doc, kind, took))
        return found

    return [step for steps in each_database(config, of, script) for step in steps]


class Progress:
    """Tells each step of one upgrade or downgrade as it completes (see the module)."""

    def __init__(self, steps: list[ExpectedStep], terminal: bool) -> None:
        self.steps = steps
        self.terminal = terminal
        self.done = 0
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self.several = len({s.database for s in steps}) > 1

    # -- told by the Guard ----------------------------------------------------------------

    def begin(self) -> None:
        """The lock is held: the first revision starts now."""
        self.started = time.monotonic()
        total = _total(self.steps)
        if self.steps and total is not None:
            count = len(self.steps)
            output.progress_line(
                f"{count} revision{'s' if count != 1 else ''} to run; about"
                f" {output.duration(total / 1000)} by earlier runs.",
                self.terminal,
            )
        if self.terminal and self.steps:
            self._ticker = threading.Thread(
                target=self._tick, name="flask-migrations-progress", daemon=True
            )
            self._ticker.start()

    def step_done(self, database: str, revision: str | None, direction: str) -> None:
        """A step completed: its line, with the time it took and how long the rest should."""
        now = time.monotonic()
        took, self.started = now - self.started, now
        planned = self.steps[self.done] if self.done < len(self.steps) else None
        self.done += 1
        message = planned.message if planned is not None and planned.revision == revision else None
        line = f"{self._count(self.done)} {self._name(database, direction, revision, message)}:"
        line += f" {output.duration(took)}"
        left = _total(self.steps[self.done :])
        if left is not None and left >= 500 and self.done < len(self.steps):
            line += f", about {output.duration(left / 1000)} left"
        output.progress_line(line, self.terminal)

    def end(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=5)
        output.transient(None)

    # -- the ticker -----------------------------------------------------------------------

    def _tick(self) -> None:
        while not self._stop.wait(TICK):
            running = time.monotonic() - self.started
            if self.done >= len(self.steps) or running < TICK_AFTER:
                output.transient(None)
                continue
            step = self.steps[self.done]
            text = f"{self._count(self.done + 1)} "
            text += self._name(step.database, step.direction, step.revision, step.message)
            text += f" ... {output.duration(running)}"
            if step.last_ms is not None:
                text += f" (last time {output.duration(step.last_ms / 1000)})"
            output.transient(text)

    def _count(self, n: int) -> str:
        return f"[{n}/{max(len(self.steps), n)}]"

    def _name(
        self, database: str, direction: str, revision: str | None, message: str | None
    ) -> str:
        where = f"[{database or 'default'}] " if self.several else ""
        return f"{where}{direction} {revision or 'base'}" + (f" {message}" if message else "")


def _total(steps: list[ExpectedStep]) -> int | None:
    """The milliseconds the steps took last time; None unless every one is known."""
    if not steps or any(s.last_ms is None for s in steps):
        return None
    return sum(s.last_ms for s in steps if s.last_ms is not None)
