"""What env.py files written for Flask-Migrate need from the process around them.

Flask-Migrate's ``aioflask`` and ``aioflask-multidb`` env.py end with
``asyncio.get_event_loop().run_until_complete(...)``. With no current event loop that call
warns (Python 3.12, 3.13) or fails (3.14), and after any ``asyncio.run()`` in the process it
fails on every version. :func:`legacy_event_loop` gives such an env.py a current loop for the
length of one command, through :class:`asyncio.Runner` (no deprecated asyncio call), and closes
the async engines' pooled connections on that loop before the loop ends, so that the next
command, on a loop of its own, never gets a connection of a closed loop back from the pool.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config
    from .extension import MigrateState


def needs_event_loop(config: Config) -> bool:
    """Whether the folder's env.py asks asyncio for the current event loop."""
    location = config.get_main_option("script_location") or ""
    try:
        with open(os.path.join(location, "env.py"), encoding="utf-8") as f:
            return "get_event_loop()" in f.read()
    except OSError:
        return False


@contextmanager
def legacy_event_loop(state: MigrateState, config: Config) -> Iterator[None]:
    """A current event loop for an env.py that needs one (see the module docstring)."""
    if not needs_event_loop(config) or _loop_running():
        yield
        return
    if sys.version_info >= (3, 11):
        with asyncio.Runner() as runner:
            runner.get_loop()  # makes the runner's loop the current one of this thread
            try:
                yield
            finally:
                for engine in _async_engines(state):
                    runner.run(engine.dispose())
        return
    loop = asyncio.new_event_loop()  # pragma: no cover - Python 3.9 and 3.10
    asyncio.set_event_loop(loop)
    try:
        yield
    finally:
        for engine in _async_engines(state):
            loop.run_until_complete(engine.dispose())
        asyncio.set_event_loop(None)
        loop.close()


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _async_engines(state: MigrateState) -> list[Any]:
    from .connections import is_async
    from .targets import engines_by_bind

    try:
        engines = engines_by_bind(state).values()
    except Exception:  # no engines to tidy up: the command has reported why
        return []
    return [engine for engine in engines if is_async(engine)]
