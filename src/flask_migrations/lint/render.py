"""How a lint report is shown: text for people, JSON for tools, annotations for GitHub."""

from __future__ import annotations

import json
from typing import Any

import click

from .findings import Finding, Report

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan", "allowed": "green"}


def text(report: Report) -> list[str]:
    """Lines of the text report (styled; click drops the styles when not on a terminal)."""
    lines: list[str] = []
    for bad in report.unreadable:
        where = f"{bad.path}: " if bad.path else ""
        lines.append(
            f"{where}"
            + click.style("cannot lint", fg="red", bold=True)
            + f" revision {bad.revision}: {bad.reason}"
        )
    for finding in report.findings:
        lines.extend(finding_lines(finding))
    lines.append(summary(report))
    return lines


def finding_lines(f: Finding) -> list[str]:
    label = "allowed" if f.allowed is not None else f.severity
    head = (
        f"{f.path}:{f.line}: "
        + click.style(label, fg=_COLOURS[label], bold=True)
        + f" [{f.rule}] revision {f.revision}"
        + (f" ({f.database} database)" if f.database else "")
    )
    if f.allowed is not None:
        return [f"{head}: {f.allowed}"]
    lines = [head, f"    {f.message}", "    Safe way:"]
    lines.extend(f"        {line}" for line in f.advice.splitlines())
    return lines


def summary(report: Report) -> str:
    active = report.active
    counts = {s: sum(1 for f in active if f.severity == s) for s in ("error", "warning", "info")}
    parts = [f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    allowed = len(report.findings) - len(active)
    if allowed:
        parts.append(f"{allowed} allowed")
    if report.unreadable:
        parts.append(f"{len(report.unreadable)} revision(s) that cannot be linted")
    targets = ", ".join(sorted({t.label for t in report.targets}))
    checked = f"{report.revisions} revision{'s' if report.revisions != 1 else ''}"
    on = f" for {targets}" if targets else ""
    if not parts:
        return f"No findings in {checked}{on}."
    return f"{', '.join(parts)} in {checked}{on}."


def as_json(report: Report) -> str:
    """A JSON array: each finding an object; a revision that cannot be linted is one too."""
    items: list[dict[str, Any]] = [f.as_dict() for f in report.findings]
    for bad in report.unreadable:
        item = bad.as_dict()
        item.update(rule="cannot-lint", severity="error", line=1, message=bad.reason, advice="")
        items.append(item)
    return json.dumps(items, indent=2)


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(report: Report) -> list[str]:
    """GitHub Actions workflow commands: one annotation per finding, on its file and line."""
    lines = []
    for bad in report.unreadable:
        where = f"file={_escape(bad.path, True)},line=1," if bad.path else ""
        lines.append(f"::error {where}title=cannot-lint::{_escape(bad.reason)}")
    for f in report.findings:
        if f.allowed is not None:
            level, body = "notice", f"allowed: {f.allowed}"
        else:
            level = {"error": "error", "warning": "warning"}.get(f.severity, "notice")
            body = f"{f.message}\nSafe way:\n{f.advice}"
        title = _escape(f"{f.rule} ({f.revision})", True)
        lines.append(
            f"::{level} file={_escape(f.path, True)},line={f.line},title={title}::{_escape(body)}"
        )
    lines.append(summary(report))
    return lines
