"""The linter against its corpus (tests/lint_corpus): every unsafe revision raises exactly its
rule, every safe one raises nothing, per dialect and declared server version."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from flask_migrations.lint import engine
from flask_migrations.lint.facts import DEFAULT_VERSIONS, parse_version
from flask_migrations.lint.findings import Target

CORPUS = Path(__file__).parent / "lint_corpus"
CASES = sorted(CORPUS.glob("*/*.py"))


def load(path: Path) -> Any:
    """A corpus file as the revision object the engine reads."""
    name = f"lint_corpus_{path.parent.name}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return SimpleNamespace(revision=module.revision, module=module, path=str(path))


def target_of(path: Path, module: Any) -> Target:
    dialect = path.parent.name
    version = module.SERVER_VERSION
    return Target(dialect, parse_version(version) if version else DEFAULT_VERSIONS[dialect])


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_corpus_case(path: Path) -> None:
    script = load(path)
    report = engine.lint([script], target_of(path, script.module))
    assert report.unreadable == []
    raised = sorted(f.rule for f in report.findings)
    expected = [script.module.EXPECT] if script.module.EXPECT else []
    assert raised == expected, [f.message for f in report.findings]
    for finding in report.findings:
        assert finding.line > 0 and finding.path.endswith(path.name)


def test_corpus_covers_every_dialect_both_ways() -> None:
    for dialect in ("postgresql", "mysql", "mariadb", "sqlite"):
        names = [p.stem for p in CASES if p.parent.name == dialect]
        assert any(n.startswith("unsafe_") for n in names), dialect
        assert any(n.startswith("safe_") for n in names), dialect
