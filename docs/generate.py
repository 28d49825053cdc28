"""The pieces of the documentation written from the code itself, at every build.

``docs/conf.py`` calls :func:`write_all`; the pages include the files it writes
(``{include} _generated/exit_codes.md``). A file is rewritten only when its text changes, so
Sphinx rebuilds only what changed.
"""

from __future__ import annotations

from pathlib import Path

from flask_migrations import exitcodes
from flask_migrations.lint.rules import RULES

_DIALECTS = {
    ("postgresql", "mysql", "mariadb", "sqlite"): "all",
    ("postgresql",): "PostgreSQL",
    ("postgresql", "mysql", "mariadb"): "PostgreSQL, MySQL/MariaDB",
    ("mysql", "mariadb"): "MySQL/MariaDB",
    ("sqlite",): "SQLite",
}


def dialects(names: tuple[str, ...]) -> str:
    """The dialects of a rule as the docs name them."""
    return _DIALECTS.get(names) or ", ".join(names)


def lint_rules_table() -> str:
    """Every lint rule: name (a link to its section in lint.md), severity, dialects, summary."""
    lines = ["| rule | severity | dialects | what it flags |", "|---|---|---|---|"]
    for rule in RULES.values():
        lines.append(
            f"| [{rule.name}](#{rule.name}) | {rule.severity} | {dialects(rule.dialects)}"
            f" | {rule.summary} |"
        )
    return "\n".join(lines) + "\n"


def write_all(folder: Path) -> None:
    """Write every generated piece into ``folder``."""
    folder.mkdir(exist_ok=True)
    _write(folder / "exit_codes.md", exitcodes.markdown_table())
    _write(folder / "lint_rules.md", lint_rules_table())


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
