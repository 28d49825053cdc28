"""The docs say what the code defines: exit codes and lint rules come from the code itself."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Project
from flask_migrations import exitcodes
from flask_migrations.errors import Interrupted, MigrationError
from flask_migrations.lint import findings
from flask_migrations.lint.rules import RULES
from flask_migrations.lock import LockTimeoutError

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def codes_the_commands_end_with() -> set[int]:
    """The exit codes the commands end with, read from the errors, the linter and the CLI."""
    from flask_migrations import cli

    return {
        0,
        MigrationError.exit_code,
        LockTimeoutError.exit_code,
        Interrupted.exit_code,
        findings.EXIT_CLEAN,
        findings.EXIT_FINDINGS,
        findings.EXIT_USAGE,
        findings.EXIT_UNREADABLE,
        cli.SIGTERM_EXIT_CODE,
    }


def test_every_exit_code_the_commands_end_with_is_in_the_table() -> None:
    """The errors' codes, the lint codes and the signal codes are rows of the one table."""
    codes = {row.code for row in exitcodes.TABLE}
    assert codes_the_commands_end_with() <= codes
    assert {0, 1, 2, 3, 130, 143} <= codes


def test_the_exit_code_page_shows_every_code_the_commands_end_with(tmp_path: Path) -> None:
    """What the built page includes (docs/_generated/exit_codes.md, written at every build)
    has a row for each code a command ends with, and the pages include it."""
    sys.path.insert(0, str(DOCS))
    try:
        import generate
    finally:
        sys.path.remove(str(DOCS))
    generate.write_all(tmp_path)
    page = (tmp_path / "exit_codes.md").read_text()
    rows = {int(m) for m in re.findall(r"^\| (\d+) \|", page, re.M)}
    assert codes_the_commands_end_with() <= rows
    for name in ("errors.md", "exit-codes.md"):
        assert "{include} _generated/exit_codes.md" in (DOCS / name).read_text()
    rules = (tmp_path / "lint_rules.md").read_text()
    assert {m for m in re.findall(r"^\| \[([\w-]+)\]", rules, re.M)} == set(RULES)


def test_upgrade_help_states_the_exit_codes_from_the_table(project: Project) -> None:
    result = project.cli("db", "upgrade", "--help")
    assert result.exit_code == 0
    help_text = " ".join(result.output.split())
    assert " ".join(exitcodes.locking_help().split()) in help_text
    for code in (exitcodes.LOCK_TIMEOUT, exitcodes.INTERRUPTED, exitcodes.TERMINATED):
        assert f" {code} " in help_text


def test_a_bad_option_value_exits_with_the_usage_code(project: Project) -> None:
    result = project.cli("db", "upgrade", "--lock-timeout", "forever")
    assert result.exit_code == exitcodes.USAGE


def test_every_lint_rule_has_its_section_in_lint_md() -> None:
    """lint.md explains each rule of rules.py, under its name, with the rule's own severity."""
    text = (DOCS / "lint.md").read_text()
    rules_part = text[text.index("\n## Rules\n") :]
    rules_part = rules_part[: rules_part.index("\n## ", 1)]
    sections = dict(re.findall(r"^### ([a-z0-9-]+)\n\n\*([a-z]+);", rules_part, re.M))
    assert set(sections) == set(RULES), "lint.md's rule sections differ from rules.py's RULES"
    for name, rule in RULES.items():
        assert sections[name] == rule.severity, f"{name}: lint.md says {sections[name]}"


@pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.md")))
def test_every_page_is_in_the_site_navigation(page: str) -> None:
    """A page outside every toctree would be unreachable (and fails make docs with -W)."""
    if page == "index.md":
        return
    index = (DOCS / "index.md").read_text()
    toctrees = "".join(re.findall(r"```\{toctree\}(.*?)```", index, re.S))
    assert page[:-3] in toctrees.split(), f"add {page[:-3]} to a toctree in docs/index.md"


def test_docs_build_needs_sphinx_only_on_todays_stack() -> None:
    """`make docs` runs on today's venv; the legacy one need not have Sphinx."""
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^docs: \$\(VENV\)/\.installed$", makefile, re.M)
    assert re.search(r"^test: docs ", makefile, re.M)
    done = subprocess.run(["bash", "-n", str(ROOT / ".ci" / "run")], capture_output=True)
    assert done.returncode == 0
