"""Every example of README.md and docs/*.md runs, and every output shown is what the command prints.

How blocks are marked: docs/writing-docs.md. ``UPDATE_DOCS=1`` rewrites the shown output of the
console blocks that no longer match from a real run (review the diff before committing).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest import fresh_database
from docs_examples import (
    PAGES,
    PARSED,
    ROOT,
    RUNNABLE,
    Block,
    Project,
    check_syntax,
    parse,
    rewrite,
    session_text,
    unstated_failures,
)

UPDATE = bool(os.environ.get("UPDATE_DOCS"))
#: The docs are written for today's stack: their URLs name psycopg 3, which SQLAlchemy 1.4 cannot
#: load, and the output they show is Alembic 1.16+'s. The legacy stack parses every block.
LEGACY = sa.__version__.startswith("1.")
DIRECTIVE = "{"  # a MyST directive ({toctree}, {include}, {eval-rst}): Sphinx's, not an example


def _runs(block: Block) -> bool:
    """Whether the block takes part in its project's run (else it is only parsed)."""
    if block.setup or block.has("file"):
        return True
    if block.lang == "sh":
        return block.has("run")
    return block.lang in RUNNABLE and not block.has("parse-only")


def projects() -> Iterator[tuple[Path, str, list[Block]]]:
    """Each page's blocks that run, grouped by the scratch project they run in."""
    for page in PAGES:
        groups: dict[str, list[Block]] = {}
        name = "default"
        for block in parse(page):
            name = block.options.get("project") or name
            if _runs(block):
                groups.setdefault(name, []).append(block)
        for name, blocks in groups.items():
            yield page, name, blocks


def _id(page: Path, name: str) -> str:
    return f"{page.relative_to(ROOT)}::{name}"


PROJECTS = list(projects())


@pytest.mark.parametrize(
    "page, name, blocks", PROJECTS, ids=[_id(p, n) for p, n, _ in PROJECTS]
)
def test_examples_run(page: Path, name: str, blocks: list[Block], tmp_path: Path) -> None:
    """Run a page's blocks of one project in order; shown output must be the real output."""
    if LEGACY:
        pytest.skip(
            "the docs show what today's stack prints (SQLAlchemy 2, Alembic 1.16+, psycopg 3"
            " URLs); on SQLAlchemy 1.4 their blocks are parsed (test_block_is_marked_and_parses)"
        )
    backend = next((b for b in ("postgresql", "mysql") if any(x.has(b) for x in blocks)), None)
    if backend is None:
        _run_blocks(Project(tmp_path / "project"), blocks)
        return
    databases = fresh_database(backend, tmp_path)
    url = next(databases)
    try:
        _run_blocks(Project(tmp_path / "project", url), blocks)
    finally:
        databases.close()


def _run_blocks(project: Project, blocks: list[Block]) -> None:
    failures: list[str] = []
    for block in blocks:
        failures += _run_block(project, block)
        if failures and not UPDATE:
            break
    assert not failures, "\n\n".join(failures)


def _run_block(project: Project, block: Block) -> list[str]:
    if block.has("requires") and importlib.util.find_spec(block.options["requires"]) is None:
        return []  # a library this stack cannot have (Flask-SQLAlchemy-Lite on SQLAlchemy 1.4)
    if block.setup:
        done = project.script("\n".join(block.setup))
        if done.returncode:
            return [f"{block.where}: the hidden setup exited {done.returncode}:\n{done.stdout}"
                    f"{done.stderr}"]
    if block.has("file"):
        project.write(block.options["file"], block.text, append=block.has("append"))
        return []
    if block.lang == "python":
        prelude = block.options.get("prelude", "")
        done = project.python(f"{prelude}\n{block.text}" if prelude else block.text)
        if done.returncode:
            return [f"{block.where}: the Python block exited {done.returncode}:\n{done.stderr}"]
        return []
    if block.lang == "sh":
        done = project.script(block.text)
        if done.returncode:
            return [f"{block.where}: exited {done.returncode}:\n{done.stdout}{done.stderr}"]
        return []
    return _run_console(project, block)


def _run_console(project: Project, block: Block) -> list[str]:
    results = project.console(block.text)
    failures = [f"{block.where}: {problem}" for problem in unstated_failures(results)]
    for result in results:
        if not result.ok:
            shown = "\n".join(result.command.shown)
            failures.append(
                f"{block.where}: the output of '$ {result.command.line}' is not what the page"
                f" shows (exit {result.code}).\n--- shown:\n{shown}\n--- real:\n{result.real}"
                "\n(UPDATE_DOCS=1 rewrites the page from the real output)"
            )
    if UPDATE and any(not r.ok for r in results):
        rewrite(block.page, block.index, session_text(results, project.ids))
    return failures


BLOCKS = [block for page in PAGES for block in parse(page)]


@pytest.mark.parametrize("block", BLOCKS, ids=[b.where for b in BLOCKS])
def test_block_is_marked_and_parses(block: Block) -> None:
    """Every fence has a language we know, and parses as it."""
    if block.lang.startswith(DIRECTIVE):
        return
    assert block.lang in RUNNABLE | PARSED, (
        f"{block.where}: fence language {block.lang!r}: use python/console (run) or one of"
        f" {sorted(PARSED)} (docs/writing-docs.md)"
    )
    for marker in ("parse-only", "not-run"):
        if block.has(marker):
            assert block.options.get("reason"), (
                f"{block.where}: {marker} needs reason=\"why it cannot run\""
            )
    if block.has("not-run"):
        assert block.lang == "text", f"{block.where}: not-run is for text blocks"
    problem = check_syntax(block)
    assert problem is None, f"{block.where}: {problem}"
