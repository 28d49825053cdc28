"""The package's layout rules, read from the source with `ast`.

Imports go down only: no module of `flask_migrations` may reach itself again through the
imports of others, counting the imports inside functions (they run, just later), those under
`if TYPE_CHECKING:` (annotations name what a module knows of) and the modules named by a
string literal to `importlib.import_module`. And no function is over 60 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import flask_migrations

#: The source read: that of the package imported, so that ``PYTHONPATH=<other tree>/src``
#: checks another tree.
SRC = Path(flask_migrations.__file__).resolve().parent.parent
PACKAGE = "flask_migrations"
MAX_FUNCTION_LINES = 60


def _modules(src: Path = SRC) -> dict[str, Path]:
    """Each module of the package by its dotted name."""
    found = {}
    for path in sorted((src / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of a relative import made in `module`."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def _imported(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Every name of a module that this tree imports, in functions and under
    ``if TYPE_CHECKING:`` too (an annotation that names a module above is a way up)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Attribute, ast.Name))
            and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
            == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports (its package's `__init__` excluded:
    Python runs a package's `__init__` before any of its modules, so an import of a
    parent is not an edge back up)."""
    modules = _modules(src)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(), str(path))
        is_package = path.name == "__init__.py"
        targets = set()
        for name in _imported(tree, module, is_package):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module and not module.startswith(name + "."):
                targets.add(name)
        graph[module] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / PACKAGE
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from . import leaf\n")
    (package / "sub" / "leaf.py").write_text(
        "def f():\n    from ..top import x\n"
    )
    (package / "top.py").write_text(
        "import importlib\n"
        "def g():\n    importlib.import_module('flask_migrations.other')\n"
    )
    (package / "other.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from flask_migrations.sub import leaf\n"
    )
    graph = import_graph(tmp_path)
    assert graph["flask_migrations.sub"] == {"flask_migrations.sub.leaf"}
    assert graph["flask_migrations.sub.leaf"] == {"flask_migrations.top"}
    assert graph["flask_migrations.top"] == {"flask_migrations.other"}
    assert graph["flask_migrations.other"] == {
        "flask_migrations.sub",
        "flask_migrations.sub.leaf",
    }
    assert find_cycle(graph) == [
        "flask_migrations.other",
        "flask_migrations.sub",
        "flask_migrations.sub.leaf",
        "flask_migrations.top",
        "flask_migrations.other",
    ]


def test_imports_go_down_only() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


def test_no_function_is_over_60_lines() -> None:
    long = []
    for module, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1  # from `def`
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{module}.{node.name}: {lines} lines")
    assert not long, "functions over 60 lines: " + ", ".join(long)


def test_imports_stand_at_the_top_of_each_module() -> None:
    """A module that must import after its own code (``# noqa: E402``) hides a cycle or an
    order its readers cannot see; registration goes through ``register`` functions instead."""
    late = [
        f"{path.relative_to(SRC)}:{number}"
        for path in sorted((SRC / PACKAGE).rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if "noqa: E402" in line
    ]
    assert not late, "imports after code: " + ", ".join(late)
