"""``flask db graph``: the revision graph on the terminal, or in a file.

``cli.py`` calls :func:`register` once. The graph itself is a value of the API
(:func:`flask_migrations.api.graph`); here it is rendered (text through :mod:`.output`,
Mermaid, DOT) or written to a file, an image made by Graphviz's ``dot`` when it is
installed. A file is written whole or not at all: into a temporary file in the same folder,
renamed over the target only when complete.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import click

from . import output
from .cli_options import directory_option, group_options, migration_command, resolve, x_arg_option
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .graph import RevisionGraph

#: The file types Graphviz renders for ``--output``, by suffix.
IMAGES = {".svg": "svg", ".png": "png", ".pdf": "pdf"}
#: The text formats ``--output`` picks from the suffix.
TEXTS = {".dot": "dot", ".gv": "dot", ".mmd": "mermaid"}

#: How long Graphviz may take to draw (a history of thousands of revisions takes seconds).
DOT_TIMEOUT = 300

GRAPHVIZ_HINT = (
    "Install Graphviz (Debian/Ubuntu: 'apt-get install graphviz'; Fedora: 'dnf install"
    " graphviz'; macOS: 'brew install graphviz'), or write the DOT text with '--format dot'"
    " (or -o graph.dot) and render it elsewhere."
)


def unicode_ok(stream: object = None) -> bool:
    """Whether ``stream`` (stdout) can show the box-drawing characters of the graph."""
    from .graph import UNICODE

    encoding = getattr(stream if stream is not None else sys.stdout, "encoding", None) or "ascii"
    sample = "".join(str(v) for v in vars(UNICODE).values())
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def write_atomically(path: Path, fill: Callable[[str], None]) -> None:
    """Make ``path`` with ``fill(temporary_path)``; on any failure nothing is left behind and
    an existing file at ``path`` is untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ConfigurationError(
            f"Cannot write {path}: the folder {folder} does not exist.",
            hint="Create the folder first, or name a file in an existing one.",
        )
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        fill(temporary)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def render_image(source: str, path: Path, kind: str) -> None:
    """Draw the DOT ``source`` into ``path`` as ``kind`` (svg, png, pdf) with Graphviz."""
    program = shutil.which("dot")
    if program is None:
        raise ConfigurationError(
            f"Cannot draw {path}: Graphviz's 'dot' program is not installed (or not on PATH).",
            hint=GRAPHVIZ_HINT,
        )

    def fill(temporary: str) -> None:
        done = subprocess.run(
            [program, f"-T{kind}", "-o", temporary],
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=DOT_TIMEOUT,
            check=False,
        )
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise ConfigurationError(
                f"Graphviz could not draw {path}: {reason[0] if reason else 'no reason given'}.",
                hint="Write the DOT text with '--format dot' to see what it was given.",
            )

    write_atomically(path, fill)


def write_text(text: str, path: Path) -> None:
    def fill(temporary: str) -> None:
        Path(temporary).write_text(text, encoding="utf-8")

    write_atomically(path, fill)


@click.command(
    epilog="START and END can be: base, head(s), an id or a unique prefix of one,"
    " branch@head. Either may be left out (abc123: or :head)."
)
@directory_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "mermaid", "dot"]),
    default=None,
    help="text (the default on a terminal), mermaid (a flowchart for a README or a pull"
    " request) or dot (Graphviz).",
)
@click.option(
    "-o",
    "--output",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead: .svg, .png or .pdf are drawn by Graphviz; .dot, .gv"
    " and .mmd pick their format.",
)
@click.option("--ascii", "ascii_", is_flag=True, help="Draw with ASCII characters only.")
@x_arg_option
@click.argument("rev_range", metavar="[START:END]", required=False)
@migration_command
def graph(
    directory: str | None,
    fmt: str | None,
    path: Path | None,
    ascii_: bool,
    x_arg: tuple[str, ...],
    rev_range: str | None,
) -> None:
    """Draw the revision graph, newest first.

    Shows each revision's short id, message, branch labels, heads, merges and
    dependencies, and where each database stands (a marker per database; revisions a
    database has not applied yet are hollow, and dimmed on a terminal). A database that
    cannot be read is named with the reason.
    """
    from . import api

    with output.reading_quietly(group_options().verbose):
        found = api.graph(**resolve(directory, x_arg), rev_range=rev_range)
    draw(found, fmt, path, ascii_)


def draw(found: RevisionGraph, fmt: str | None, path: Path | None, ascii_: bool) -> None:
    """The graph in ``fmt`` (or the one ``path``'s suffix names) to ``path`` or the terminal."""
    from . import graph as drawing

    suffix = path.suffix.lower() if path is not None else ""
    if path is not None and suffix in IMAGES:
        if fmt not in (None, "dot"):
            raise ConfigurationError(
                f"Graphviz draws {path.name} from the DOT format, not from {fmt}.",
                hint="Leave out --format, or write a .mmd or .txt file.",
            )
        render_image(drawing.dot(found), path, IMAGES[suffix])
        return
    fmt = fmt or TEXTS.get(suffix, "text")
    if fmt == "mermaid":
        rendered = drawing.mermaid(found)
    elif fmt == "dot":
        rendered = drawing.dot(found)
    elif path is not None:
        lines = drawing.text(found, ascii_)
        rendered = "".join(f"{line.text}\n" for line in lines)
    else:
        output.graph(drawing.text(found, ascii_ or not unicode_ok()))
        return
    if path is not None:
        write_text(rendered, path)
    else:
        click.echo(rendered, nl=False)


def register(group: click.Group) -> None:
    """Add ``graph`` to the ``flask db`` group."""
    group.add_command(graph)
