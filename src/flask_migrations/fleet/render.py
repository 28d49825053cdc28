"""Everything the fleet prints: a line per tenant, the run's summary, ``status --tenants``.

On a terminal a tenant's line is short and coloured (``[412/1000] acme ... 1.2 s``); in a log
(not a terminal) it is plain and whole: the run id, the tenant, how it went and the revisions
it moved between, so that the lines of several machines sharing one run can be told apart (the
log collector adds the time, as CI and Kubernetes do).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, Callable

import click

if TYPE_CHECKING:
    from .run import FleetResult, TenantStatus
    from .worker import TenantDone


def report_mode(quiet: bool) -> str:
    """How tenant lines are written: ``quiet``, ``tty`` or ``plain``."""
    if quiet:
        return "quiet"
    return "tty" if sys.stdout.isatty() else "plain"


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""


def tenant_line(done: TenantDone, mode: str) -> str:
    width = len(str(done.total))
    counter = f"[{done.finished:>{width}}/{done.total}]"
    seconds = f"{done.seconds:.1f} s"
    if mode == "tty":
        if done.status == "failed":
            failed = click.style("FAILED", fg="red", bold=True)
            return f"{counter} {done.tenant} ... {failed} {seconds}: {_first_line(done.error)}"
        return f"{counter} {done.tenant} ... {seconds}"
    moved = f"{done.from_revisions or 'none'} -> {done.to_revisions or 'none'}"
    line = f"run {done.run_id} {counter} tenant {done.tenant} {done.status} in {seconds}"
    line += f" ({moved})"
    if done.error:
        line += f": {_first_line(done.error)}"
    return line


def tenant_printer(mode: str) -> Callable[[TenantDone], None] | None:
    """The ``on_tenant`` callback that prints each tenant's line (None: quiet)."""
    if mode == "quiet":
        return None

    def show(done: TenantDone) -> None:
        click.echo(tenant_line(done, mode), color=mode == "tty" or None)

    return show


def worker_error(message: str) -> None:
    click.echo(click.style("Error: ", fg="red", bold=True) + message, err=True)


def summary(result: FleetResult) -> None:
    """The run's counts, on stdout."""
    run = result.run
    counts = run.counts
    parts = [
        f"{counts.get('done', 0)} migrated",
        f"{counts.get('skipped', 0)} already at the target",
    ]
    if counts.get("failed"):
        parts.append(f"{counts['failed']} failed")
    left = counts.get("pending", 0) + counts.get("running", 0)
    if left:
        parts.append(f"{left} not done")
    if result.shared_steps:
        click.echo(f"Shared part: {result.shared_steps} revision(s) applied.")
    click.echo(f"Run {run.id}: {run.total} tenants: {', '.join(parts)}.")


#: Failed tenants whose whole error (what stays applied, what to do) is shown; the others get
#: its first line ('flask db status --tenants --json' has every one whole).
WHOLE_ERRORS = 5


def failures(result: FleetResult) -> str:
    """The message of a run with failed tenants: each named with its error."""
    lines = [f"{len(result.failed)} tenant(s) failed in run {result.run.id}:"]
    for number, (tenant, error) in enumerate(result.failed):
        text = (error or "").strip().splitlines() or [""]
        lines.append(f"  {tenant}: {text[0]}")
        if number < WHOLE_ERRORS:
            lines += [f"    {line}" for line in text[1:]]
    return "\n".join(lines)


def status(found: TenantStatus, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(_as_dict(found), indent=2))
        return
    click.echo(f"{found.tenants} tenants; target {' '.join(found.target_heads) or '(none)'}")
    at = " ".join(found.target_heads)
    for heads, names in found.by_revision.items():
        what = heads or "never migrated"
        mark = "  (target)" if heads == at else ""
        click.echo(f"  {len(names):>6}  {what}{mark}")
    if found.run is not None:
        run = found.run
        stopped = f" ({run.stop_reason})" if run.stop_reason else ""
        click.echo(f"Last run {run.id}: {run.status}{stopped}")
        for tenant, error in found.failed:
            click.echo(f"  failed: {tenant}: {_first_line(error)}")


def _as_dict(found: TenantStatus) -> dict[str, Any]:
    run = found.run
    return {
        "target": found.target,
        "target_revisions": found.target_heads,
        "tenants": found.tenants,
        "revisions": [
            {"revisions": heads.split(), "tenants": names}
            for heads, names in found.by_revision.items()
        ],
        "never_migrated": found.never_migrated,
        "behind": found.behind,
        "last_run": None
        if run is None
        else {
            "id": run.id,
            "status": run.status,
            "stop_reason": run.stop_reason,
            "counts": run.counts,
            "failed": [{"tenant": t, "error": e} for t, e in found.failed],
        },
    }
