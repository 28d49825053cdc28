"""The PostgreSQL corpus of the linter (tests/lint_corpus/postgresql) through squawk and ours.

    .venv/bin/python benchmarks/squawk.py /path/to/squawk   # e.g. a scratch venv's bin/squawk

squawk reads SQL, so each revision is first rendered as Alembic's ``upgrade --sql`` would
(BEGIN; ...; COMMIT; with autocommit blocks as COMMIT/BEGIN around them). A safe revision
that squawk flags is a false alarm; an unsafe one it does not flag is a miss. The same counts
for ``flask db lint`` (its engine) are printed beside them. squawk is never installed into the
project: install squawk-cli into a venv of its own and pass its path.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_lint_corpus import load, target_of  # noqa: E402

from flask_migrations.lint import engine  # noqa: E402

DEFAULT_PG = "14.0"  # the linter's default PostgreSQL version, given to squawk too
#: squawk's rules about style or session settings, which fire on (nearly) every statement
#: whatever it does; the second count leaves them out, to compare judgements of operations.
STYLE = (
    "require-lock-timeout",
    "require-statement-timeout",
    "prefer-bigint-over-int",
    "prefer-identity",
    "prefer-text-field",
    "prefer-timestamp-tz",
    "prefer-robust-stmts",
)


def render(module) -> str:
    buffer = io.StringIO()
    ctx = MigrationContext.configure(
        dialect_name="postgresql",
        opts={"as_sql": True, "output_buffer": buffer, "transactional_ddl": True},
    )
    with Operations.context(ctx):
        module.upgrade()
    return f"BEGIN;\n\n{buffer.getvalue()}\nCOMMIT;\n"


def squawk_rules(squawk: str, sql: str, version: str, exclude: tuple[str, ...] = ()) -> list[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as handle:
        handle.write(sql)
    done = subprocess.run(
        [squawk, "--reporter", "json", f"--pg-version={version}", handle.name]
        + ([f"--exclude={','.join(exclude)}"] if exclude else []),
        capture_output=True, text=True,
    )  # fmt: skip
    Path(handle.name).unlink()
    found = json.loads(done.stdout or "[]")
    return sorted({v["rule_name"] for v in found})


def main() -> None:
    squawk = sys.argv[1] if len(sys.argv) > 1 else "squawk"
    cases = sorted((ROOT / "tests" / "lint_corpus" / "postgresql").glob("*.py"))
    tally = {"squawk, all rules": [0, 0], "squawk, operation rules": [0, 0], "ours": [0, 0]}
    unsafe = safe = 0
    print("| revision | expected | squawk (operation rules) | flask db lint |")
    print("|---|---|---|---|")
    for path in cases:
        script = load(path)
        module = script.module
        version = module.SERVER_VERSION or DEFAULT_PG
        sql = render(module)
        every = squawk_rules(squawk, sql, version)
        theirs = squawk_rules(squawk, sql, version, STYLE)
        report = engine.lint([script], target_of(path, module))
        ours = sorted({f.rule for f in report.findings})
        expected = module.EXPECT
        if expected:
            unsafe += 1
            tally["squawk, all rules"][0] += not every
            tally["squawk, operation rules"][0] += not theirs
            tally["ours"][0] += expected not in ours
        else:
            safe += 1
            tally["squawk, all rules"][1] += bool(every)
            tally["squawk, operation rules"][1] += bool(theirs)
            tally["ours"][1] += bool(ours)
        print(f"| {path.stem} | {expected or '-'} | {', '.join(theirs) or '-'}"
              f" | {', '.join(ours) or '-'} |")  # fmt: skip
    print()
    for who, (misses, alarms) in tally.items():
        print(f"{who}: {unsafe - misses}/{unsafe} unsafe revisions flagged ({misses} missed),"
              f" {alarms}/{safe} safe revisions flagged (false alarms)")  # fmt: skip


if __name__ == "__main__":
    main()
