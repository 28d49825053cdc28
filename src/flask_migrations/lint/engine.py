"""Record each revision's upgrade() and run the rules over its operations, with state.

State across operations: a table created earlier in the revision (or, with ``carry`` when the
revisions are the pending ones of one upgrade, in an earlier one) is new; a constraint added
NOT VALID remembers its transaction, so that VALIDATE in the same one is caught. Transactions:
each revision is one (or, with ``one_transaction``, the whole run is, as Alembic does on
PostgreSQL without ``transaction_per_migration``); an autocommit block ends it and runs each
statement on its own.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from typing import Any

from . import rules, suppress
from .calls import Call, State
from .findings import Finding, Report, Target, Unreadable


class _Recorder:
    """The observer of :func:`flask_migrations.planner.record` for one revision."""

    def __init__(self, path: str, state: State, dialect: str) -> None:
        self.path = path
        self.state = state
        self.dialect = dialect
        self.calls: list[Call] = []
        self.in_autocommit = False

    def __call__(self, operation: Any, batch: bool, autocommit: bool) -> None:
        state = self.state
        if autocommit or self.in_autocommit:
            state.txn += 1  # each statement of the block, and what follows it, on its own
        self.in_autocommit = autocommit
        self.calls.append(Call(operation, self._line(), batch, autocommit, state.txn))

    def _line(self) -> int:
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename == self.path:
                return frame.f_lineno
            frame = frame.f_back  # type: ignore[assignment]
        return 0


def display_path(path: str) -> str:
    """``path`` relative to the working directory when under it (as CI annotations want)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


def lint(
    scripts: Iterable[Any],
    target: Target,
    *,
    carry: bool = False,
    one_transaction: bool = False,
    disabled: Iterable[str] = (),
    severities: dict[str, str] | None = None,
    report: Report | None = None,
) -> Report:
    """Lint revisions (objects with ``revision``, ``module`` and ``path``) in upgrade order."""
    from ..planner import offline_context

    report = report if report is not None else Report()
    report.targets.append(target)
    state = State()
    off = set(disabled)
    with _quiet_contexts():
        state.context = offline_context(target.sqlalchemy_dialect)
        for script in scripts:
            state.next_revision(carry, one_transaction)
            report.revisions += 1
            _lint_one(script, target, state, report, off, severities or {})
    return report


def _quiet_contexts() -> contextlib.AbstractContextManager[None]:
    """Alembic logs three lines for each offline context it configures; the linter makes two
    per revision, which would bury the findings. Dropped for the length of one lint run."""
    from .sql import silenced

    return silenced("alembic.runtime.migration")


def _lint_one(
    script: Any, target: Target, state: State, report: Report, off: set[str], sev: dict[str, str]
) -> None:
    from ..planner import record

    module = script.module
    path = str(getattr(module, "__file__", None) or script.path)
    shown = display_path(path)
    recorder = _Recorder(path, state, target.dialect)
    try:
        record(module.upgrade, target.sqlalchemy_dialect, target.database, recorder, state.context)
    except Exception as exc:  # noqa: BLE001 - any failure: the revision cannot be linted
        reason = f"upgrade() cannot run offline: {type(exc).__name__}: {exc}".rstrip(": ")
        report.unreadable.append(Unreadable(script.revision, shown, reason, target.database))
        return
    hits = _hits(recorder, state, target)
    hits.extend(_downgrade(script, recorder.calls, target, state.context))
    if not hits:
        return
    allowances = _allowances(path)
    for line, hit in hits:
        rule = rules.RULES[hit.rule]
        if hit.rule in off or target.dialect not in rule.dialects:
            continue
        report.findings.append(
            Finding(
                rule=hit.rule,
                severity=sev.get(hit.rule, rule.severity),
                revision=script.revision,
                path=shown,
                line=line,
                message=hit.message,
                advice=hit.advice,
                database=target.database,
                allowed=allowances.reason(hit.rule, line),
            )
        )


def _hits(recorder: _Recorder, state: State, target: Target) -> list[tuple[int, rules.Hit]]:
    """Every hit of one revision's operations, in order, then its backfill warnings."""
    found: list[tuple[int, rules.Hit]] = []
    schema_changed = False
    backfills: list[tuple[int, Any]] = []
    dialect = _sqlalchemy_dialect(target)
    for call in recorder.calls:
        call.dialect = dialect
        if type(call.operation).__name__ == "ExecuteSQLOp":
            from .sql import parse

            call.statements = parse(call.sql_of(call.operation.sqltext), target.dialect)
            schema_changed |= any(st.is_ddl for st in call.statements)
            backfills.extend(
                (call.line, st)
                for st in call.statements
                if st.kind in ("update", "delete") and st.unbounded and not call.autocommit
            )
        elif type(call.operation).__name__ != "BulkInsertOp":
            schema_changed = True
        found.extend((call.line, hit) for hit in rules.hits_of(call, state, target))
    if schema_changed:
        found.extend((line, rules.backfill_hit(st)) for line, st in backfills)
    return found


def _downgrade(
    script: Any, calls: list[Call], target: Target, context: Any
) -> list[tuple[int, rules.Hit]]:
    from ..planner import record

    changes = any(type(c.operation).__name__ not in ("ExecuteSQLOp", "BulkInsertOp") for c in calls)
    downgrade = getattr(script.module, "downgrade", None)
    if not changes or downgrade is None:
        return []
    try:
        undone = record(downgrade, target.sqlalchemy_dialect, target.database, None, context)
    except Exception:  # noqa: BLE001 - a downgrade that raises says so itself
        return []
    if undone:
        return []
    code = getattr(downgrade, "__code__", None)
    return [(code.co_firstlineno if code else 0, rules.downgrade_hit())]


def _allowances(path: str) -> suppress.Allowances:
    try:
        with open(path, encoding="utf-8") as handle:
            return suppress.read(handle.read())
    except OSError:
        return suppress.Allowances()


_DIALECTS: dict[str, Any] = {}


def _sqlalchemy_dialect(target: Target) -> Any:
    """A dialect object to render SQL constructs offline (one per dialect name)."""
    name = target.sqlalchemy_dialect
    if name not in _DIALECTS:
        from sqlalchemy.engine import url

        _DIALECTS[name] = url.make_url(f"{name}://").get_dialect()()
    return _DIALECTS[name]
