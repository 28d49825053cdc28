"""``flask db graph``: the revision graph, and where each database stands in it.

:func:`read` turns the revision files (every version location) and the version table of each
database into a :class:`RevisionGraph`, a plain value; the renderers below turn that value
into text drawn like ``git log --graph``, a Mermaid flowchart, or Graphviz's DOT language.
Nothing here prints or writes a file: the CLI (:mod:`.cli_graph`) does.

A database that cannot be read does not stop the graph: it is listed with the reason, and
the revisions are drawn without its marker.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import binds

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import Script, ScriptDirectory

    from .config import Config
    from .extension import MigrateState

#: How many characters of a revision id the graph shows, when that much is unique.
SHORT = 7


@dataclass(frozen=True)
class Node:
    """One revision of the graph."""

    revision: str
    short: str  # the shortest unique prefix of at least SHORT characters
    message: str
    parents: tuple[str, ...]  # down revisions
    dependencies: tuple[str, ...]  # depends_on, as short ids
    labels: tuple[str, ...]  # branch labels
    is_head: bool
    is_merge: bool
    is_branch_point: bool
    location: str | None  # the version location, when the folder has several
    at: tuple[str, ...] = ()  # the databases whose version table holds this revision
    pending: tuple[str, ...] = ()  # the databases read that have not applied it


@dataclass(frozen=True)
class DatabaseMark:
    """Where one database stands, or why that could not be read."""

    label: str
    heads: tuple[str, ...] = ()
    error: str | None = None


@dataclass
class RevisionGraph:
    """The revisions, newest first (each after every revision that builds on it)."""

    nodes: list[Node] = field(default_factory=list)
    databases: list[DatabaseMark] = field(default_factory=list)

    @property
    def at_base(self) -> list[str]:
        """The databases read that have no revision applied."""
        return [d.label for d in self.databases if d.error is None and not d.heads]


# -- reading ---------------------------------------------------------------------------------


def read(
    config: Config, state: MigrateState, rev_range: str | None = None, databases: bool = True
) -> RevisionGraph:
    """The graph of ``config``'s folder, between ``rev_range``'s ends (``start:end``)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config)
    base, head = _range(rev_range)
    scripts = list(walk(script, base, head))
    marks = read_databases(config, script, state) if databases else []
    shorts = _short_ids([s.revision for s in script.walk_revisions()])
    several = len(_locations(script)) > 1
    applied = {m.label: _applied(script, m.heads) for m in marks if m.error is None}
    nodes = [_node(s, shorts, several, marks, applied) for s in scripts]
    return RevisionGraph(nodes, marks)


def _range(rev_range: str | None) -> tuple[str, str]:
    from .errors import RevisionError

    if rev_range is None:
        return "base", "heads"
    if ":" not in rev_range:
        raise RevisionError(
            f"Graph range {rev_range!r} has no colon.",
            hint="Give it as start:end, start: or :end (abc123:head).",
        )
    base, head = rev_range.strip().split(":", 1)
    return base or "base", head or "heads"


def walk(script: ScriptDirectory, base: str, head: str) -> Iterator[Script]:
    """The revisions from ``head`` down to ``base``, newest first; either may name several
    revisions, comma-separated (the current heads of several databases): each once."""
    if "," not in base and "," not in head:
        yield from script.walk_revisions(base=base, head=head)
        return
    seen: set[str] = set()
    for b in base.split(","):
        for h in head.split(","):
            for sc in script.walk_revisions(base=b, head=h):
                if sc.revision not in seen:
                    seen.add(sc.revision)
                    yield sc


def _locations(script: ScriptDirectory) -> list[str]:
    from .alembic_private import version_locations

    return version_locations(script)


def _location(sc: Script, several: bool) -> str | None:
    if not several:
        return None
    return os.path.basename(os.path.dirname(os.path.abspath(sc.path)))


def _short_ids(revisions: Sequence[str]) -> dict[str, str]:
    """Each id cut to SHORT characters, or longer where two would look the same."""
    shorts = {}
    for rev in revisions:
        size = SHORT
        while size < len(rev) and any(o != rev and o.startswith(rev[:size]) for o in revisions):
            size += 1
        shorts[rev] = rev[:size]
    return shorts


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _node(
    sc: Script,
    shorts: dict[str, str],
    several: bool,
    marks: list[DatabaseMark],
    applied: dict[str, set[str] | None],
) -> Node:
    return Node(
        revision=sc.revision,
        short=shorts.get(sc.revision, sc.revision[:SHORT]),
        message=(sc.doc or "").strip().splitlines()[0] if (sc.doc or "").strip() else "",
        parents=_tuple(sc.down_revision),
        dependencies=tuple(shorts.get(d, d) for d in _tuple(sc.dependencies)),
        labels=tuple(sorted(getattr(sc, "_orig_branch_labels", sc.branch_labels))),
        is_head=sc.is_head,
        is_merge=sc.is_merge_point,
        is_branch_point=sc.is_branch_point,
        location=_location(sc, several),
        at=tuple(m.label for m in marks if m.error is None and sc.revision in m.heads),
        pending=tuple(
            label for label, done in applied.items() if done is not None and sc.revision not in done
        ),
    )


def _applied(script: ScriptDirectory, heads: tuple[str, ...]) -> set[str] | None:
    """Every revision a database at ``heads`` has applied; None when the files cannot tell
    (a head that no file defines)."""
    if not heads:
        return set()
    try:
        return {sc.revision for sc in script.iterate_revisions(heads, "base") if sc is not None}
    except Exception:  # noqa: BLE001 - an unknown revision: the graph shows no pending marks
        return None


def read_databases(
    config: Config, script: ScriptDirectory, state: MigrateState
) -> list[DatabaseMark]:
    """The heads of each database, read through env.py; when that fails (one database cannot
    be reached), each database of the application on its own, with the reason for each one
    that fails."""
    from .probe import bind_of, each_database

    def mark(context: MigrationContext) -> DatabaseMark:
        return DatabaseMark(binds.label(bind_of(context)), tuple(context.get_current_heads()))

    try:
        return each_database(config, mark, script)
    except Exception as exc:  # noqa: BLE001 - read each database alone to say which one
        each = _read_each(script, state)
        if each is None:
            raise
        if all(mark.error is None for mark in each):
            raise exc from None  # env.py fails for another reason than a database
        return each


def _read_each(script: ScriptDirectory, state: MigrateState) -> list[DatabaseMark] | None:
    """Each database's heads, read without env.py; None when its databases cannot be told."""
    from pathlib import Path

    from .convert import is_multidb_template
    from .multidb import current_heads
    from .targets import find_targets

    try:
        targets = find_targets(state, is_multidb_template(Path(script.dir)))
        args = state.configure_args
    except Exception:  # noqa: BLE001 - the caller reports env.py's own error
        return None
    marks = []
    for target in targets:
        try:
            marks.append(DatabaseMark(target.label, current_heads(target, args)))
        except Exception as exc:  # noqa: BLE001 - said in the graph
            marks.append(DatabaseMark(target.label, error=_reason(exc)))
    return marks


def _reason(exc: Exception) -> str:
    """Why a database could not be read, in one line without any password."""
    from flask import current_app

    from .redact import app_secrets, clean
    from .session import translate

    try:
        translated = translate(exc)
    except Exception:  # noqa: BLE001 - the exception's own first line will do
        translated = None
    if translated is not None:
        text = translated.message
    else:
        lines = str(exc).strip().splitlines()
        text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return clean(text, app_secrets(current_app))


# -- layout ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glyphs:
    """The characters the text graph is drawn with."""

    lane: str
    node: str
    pending: str
    tee: str  # where a lane leaves or joins the node's lane
    line: str
    join_end: str
    join_mid: str
    split_end: str
    split_mid: str
    cross: str
    marker: str
    broken: str


UNICODE = Glyphs("│", "●", "○", "├", "─", "╯", "┴", "╮", "┬", "┼", "◀", "✕")
ASCII = Glyphs("|", "*", "o", "|", "-", "'", "'", ".", ".", "+", "<-", "x")


@dataclass(frozen=True)
class Row:
    """One line of the text graph: the drawing, and the revision it shows (None: a line that
    only joins or splits lanes)."""

    drawing: str
    node: Node | None = None


def layout(nodes: Sequence[Node], glyphs: Glyphs = UNICODE) -> list[Row]:
    """The drawing of ``nodes`` (newest first), one lane per line of descent, like
    ``git log --graph``: a revision with several children joins their lanes above it, a
    merge opens a lane for each further parent below it."""
    known = {n.revision for n in nodes}
    lanes: list[str | None] = []
    rows: list[Row] = []
    for node in nodes:
        mine = [i for i, rev in enumerate(lanes) if rev == node.revision]
        if mine:
            col = mine[0]
            if len(mine) > 1:
                rows.append(Row(_connect(lanes, col, mine[1:], glyphs, join=True)))
                for i in mine[1:]:
                    lanes[i] = None
        else:
            col = _free(lanes, 0)
        lanes[col] = node.revision
        rows.append(Row(_node_row(lanes, col, node, glyphs), node))
        parents = [p for p in node.parents if p in known]
        lanes[col] = parents[0] if parents else None
        extra = []
        for parent in parents[1:]:
            j = _free(lanes, col + 1)
            lanes[j] = parent
            extra.append(j)
        if extra:
            rows.append(Row(_connect(lanes, col, extra, glyphs, join=False)))
        while lanes and lanes[-1] is None:
            lanes.pop()
    return rows


def _free(lanes: list[str | None], start: int) -> int:
    for i in range(start, len(lanes)):
        if lanes[i] is None:
            return i
    lanes.append(None)
    return len(lanes) - 1


def _node_row(lanes: list[str | None], col: int, node: Node, glyphs: Glyphs) -> str:
    mark = glyphs.pending if node.pending else glyphs.node
    cells = [
        mark if i == col else (glyphs.lane if rev is not None else " ")
        for i, rev in enumerate(lanes)
    ]
    return " ".join(cells).rstrip()


def _connect(
    lanes: list[str | None], col: int, others: list[int], glyphs: Glyphs, join: bool
) -> str:
    """A line where the lanes ``others`` join the lane ``col`` (above a revision with several
    children) or leave it (below a merge)."""
    last = max(others)
    end, mid = (glyphs.join_end, glyphs.join_mid) if join else (glyphs.split_end, glyphs.split_mid)
    text = ""
    for i, rev in enumerate(lanes):
        if i == col:
            cell = glyphs.tee
        elif i == last:
            cell = end
        elif i in others:
            cell = mid
        elif col < i < last:
            cell = glyphs.cross if rev is not None else glyphs.line
        else:
            cell = glyphs.lane if rev is not None else " "
        text += cell
        if i < len(lanes) - 1:
            text += glyphs.line if col <= i < last else " "
    return text.rstrip()


# -- text ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of the text graph; ``pending`` lines are shown dimmed on a terminal."""

    text: str
    pending: bool = False
    broken: bool = False  # a database that could not be read


def text(graph: RevisionGraph, ascii: bool = False) -> list[Line]:
    """The graph as lines of text, newest first."""
    glyphs = ASCII if ascii else UNICODE
    several = len(graph.databases) > 1
    lines = [
        Line(f"{glyphs.broken} database {m.label}: cannot be read: {m.error}", broken=True)
        for m in graph.databases
        if m.error is not None
    ]
    for row in layout(graph.nodes, glyphs):
        if row.node is None:
            lines.append(Line(row.drawing))
        else:
            shown = describe(row.node, glyphs, several)
            lines.append(Line(f"{row.drawing} {shown}", bool(row.node.pending)))
    if graph.at_base and (not graph.nodes or not graph.nodes[-1].parents):
        lines.append(Line(f"  (base)  {glyphs.marker} {', '.join(graph.at_base)}"))
    return lines


def describe(node: Node, glyphs: Glyphs = UNICODE, several: bool = False) -> str:
    """``4f2a9c1 (head, branch: billing) Add invoices  ◀ default``"""
    tags = [*(["head"] if node.is_head else []), *(f"branch: {b}" for b in node.labels)]
    if node.is_merge:
        tags.append("merge")
    if node.is_branch_point:
        tags.append("branch point")
    parts = [node.short]
    if tags:
        parts.append(f"({', '.join(tags)})")
    if node.message:
        parts.append(node.message)
    if node.dependencies:
        parts.append(f"[depends on {', '.join(node.dependencies)}]")
    if node.location:
        parts.append(f"[in {node.location}]")
    out = " ".join(parts)
    if node.at:
        out += f"  {glyphs.marker} {', '.join(node.at)}"
    if node.pending:
        out += f"  (pending: {', '.join(node.pending)})" if several else "  (pending)"
    return out


# -- Mermaid and DOT -------------------------------------------------------------------------


def _label(node: Node) -> str:
    text = f"{node.short} {node.message}".strip()
    tags = [*(["head"] if node.is_head else []), *(f"branch: {b}" for b in node.labels)]
    return f"{text} ({', '.join(tags)})" if tags else text


def _mermaid_text(value: str) -> str:
    return value.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def mermaid(graph: RevisionGraph) -> str:
    """A Mermaid flowchart: newest at the top, each revision pointing at its parents."""
    lines = ["flowchart TD"]
    ids = {n.revision: f"r_{i}" for i, n in enumerate(graph.nodes)}
    full = {n.short: n.revision for n in graph.nodes}
    for node in graph.nodes:
        lines.append(f'    {ids[node.revision]}["{_mermaid_text(_label(node))}"]')
    for node in graph.nodes:
        lines += [f"    {ids[node.revision]} --> {ids[p]}" for p in node.parents if p in ids]
        lines += [
            f"    {ids[node.revision]} -.->|depends on| {ids[full[d]]}"
            for d in node.dependencies
            if d in full
        ]
    for i, mark in enumerate(graph.databases):
        name = f"db_{i}"
        if mark.error is not None:
            text = f"{mark.label}: cannot be read: {mark.error}"
            lines.append(f'    {name}[("{_mermaid_text(text)}")]:::unreachable')
            continue
        lines.append(f'    {name}[("{_mermaid_text(mark.label)}")]:::database')
        lines += [f"    {name} -.-> {ids[h]}" for h in mark.heads if h in ids]
    pending = [ids[n.revision] for n in graph.nodes if n.pending]
    lines.append("    classDef pending stroke-dasharray: 5 5,opacity:0.6")
    lines.append("    classDef database fill:#e8f4ff")
    lines.append("    classDef unreachable fill:#ffe8e8,stroke:#c00")
    if pending:
        lines.append(f"    class {','.join(pending)} pending")
    return "\n".join(lines) + "\n"


def _dot_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def dot(graph: RevisionGraph) -> str:
    """Graphviz's DOT language: newest at the top, each revision pointing at its parents."""
    lines = [
        "digraph migrations {",
        '    node [shape=box, fontname="monospace"];',
    ]
    for node in graph.nodes:
        style = ', style=dashed, fontcolor="gray45", color="gray45"' if node.pending else ""
        lines.append(f'    "{node.revision}" [label="{_dot_text(_label(node))}"{style}];')
    known = {n.revision for n in graph.nodes}
    full = {n.short: n.revision for n in graph.nodes}
    for node in graph.nodes:
        lines += [f'    "{node.revision}" -> "{p}";' for p in node.parents if p in known]
        lines += [
            f'    "{node.revision}" -> "{full[d]}" [style=dotted, label="depends on"];'
            for d in node.dependencies
            if d in full
        ]
    for i, mark in enumerate(graph.databases):
        name = f"db {i}"
        if mark.error is not None:
            text = f"{mark.label}\\ncannot be read: {_dot_text(mark.error)}"
            lines.append(f'    "{name}" [label="{text}", shape=cylinder, color="red"];')
            continue
        lines.append(f'    "{name}" [label="{_dot_text(mark.label)}", shape=cylinder];')
        lines += [
            f'    "{name}" -> "{h}" [style=dashed, arrowhead=none];'
            for h in mark.heads
            if any(n.revision == h for n in graph.nodes)
        ]
    lines.append("}")
    return "\n".join(lines) + "\n"
