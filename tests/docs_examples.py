"""Runs the fenced examples of README.md and docs/*.md (the convention: docs/writing-docs.md).

- :func:`parse` reads a page into :class:`Block` values, with the ``<!-- example: ... -->``
  marker written on the line before each fence.
- :class:`Project` is a scratch project folder in which a page's blocks run in order: ``file=``
  blocks are written into it, ``python`` blocks execute there, ``console`` sessions run each
  ``$`` command with bash and compare the shown output with the real one (:func:`matches`,
  after :func:`normalise`), ``sh`` blocks marked ``run`` run as one script.
- :func:`check_syntax` parses the blocks that cannot run (Dockerfile, YAML, ini, TOML, sh, ...).
- :func:`rewrite` puts real output into a page (``UPDATE_DOCS=1``).
"""

from __future__ import annotations

import configparser
import getpass
import json
import os
import re
import shlex
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

#: How a scratch project's folder is shown in the docs.
SHOWN_ROOT = "/home/you/project"
#: How the history's user@host is shown in the docs.
SHOWN_USER_HOST = "you@laptop"

RUNNABLE = {"python", "console"}
PARSED = {"dockerfile", "yaml", "ini", "toml", "sh", "diff", "json", "text", "mermaid", "dot"}

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_MARKER = re.compile(r"^\s*<!--\s*example:(?P<options>.*?)(?P<end>-->)?\s*$")


@dataclass
class Block:
    """One fenced block of a page."""

    page: Path
    index: int  # the n-th fence of the page, from 0
    line: int  # 1-based line of the opening fence
    lang: str
    text: str
    options: dict[str, str] = field(default_factory=dict)
    setup: list[str] = field(default_factory=list)  # hidden commands of a multi-line marker

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    def has(self, flag: str) -> bool:
        return flag in self.options


def _options(text: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for word in shlex.split(text):
        key, _, value = word.partition("=")
        options[key] = value
    return options


def parse(page: Path) -> list[Block]:
    """Every fenced block of ``page``, with its marker's options."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        fence, indent = match["fence"], len(match["indent"])
        end = i + 1
        while end < len(lines) and not (
            lines[end].strip().startswith(fence) and lines[end].strip().strip(fence[0]) == ""
        ):
            end += 1
        body = [x[indent:] if not x[:indent].strip() else x for x in lines[i + 1 : end]]
        block = Block(page, len(blocks), i + 1, match["info"].strip().split(" ")[0], "")
        block.text = "\n".join(body) + ("\n" if body else "")
        _read_marker(lines, i, block)
        blocks.append(block)
        i = end + 1
    return blocks


def _read_marker(lines: list[str], fence: int, block: Block) -> None:
    """The ``<!-- example: ... -->`` comment ending on the line right before the fence."""
    last = fence - 1
    if last < 0 or not lines[last].rstrip().endswith("-->"):
        return
    first = last
    while first >= 0 and "<!--" not in lines[first]:
        first -= 1
    match = _MARKER.match(lines[first]) if first >= 0 else None
    if match is None:
        return
    block.options = _options(match["options"])
    if first != last:
        block.setup = [line for line in lines[first + 1 : last] if line.strip()]
        tail = lines[last].replace("-->", "").rstrip()
        block.setup += [tail] if tail.strip() else []


# -- normalising and comparing output ---------------------------------------------------------

_NORMALISE = [
    (
        re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?( ?UTC|[+-]\d\d:?\d\d|Z)?"),
        "<time>",
    ),
    (re.compile(r"(?<![\w.])\d+(\.\d+)? ?(ms|s|min)\b"), "<dur>"),
    (re.compile(r"\bpid \d+"), "pid <pid>"),
    (re.compile(r"pg_terminate_backend\(\d+\)"), "pg_terminate_backend(<pid>)"),
    (re.compile(r"\bKILL \d+;"), "KILL <id>;"),
    (re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"), "<sha256>"),
]
_ID = re.compile(r"(?<![0-9A-Za-z])([0-9a-f]{7,12})(?![0-9A-Za-z])")


def normalise(line: str) -> str:
    """A line of output with what changes from run to run replaced (not the revision ids)."""
    line = line.rstrip().replace(SHOWN_USER_HOST, "<user>@<host>")
    for pattern, placeholder in _NORMALISE:
        line = pattern.sub(placeholder, line)
    return line


def shown_form(real: str, project: Path, urls: dict[str, str] | None = None) -> str:
    """Real output as the docs show it: the scratch folder as /home/you/project, ..."""
    for url, shown in (urls or {}).items():
        real = real.replace(url, shown)
    for path in {str(project.resolve()), str(project)}:
        real = real.replace(path, SHOWN_ROOT)
    user_host = f"{getpass.getuser()}@{socket.gethostname()}"
    return real.replace(user_host, SHOWN_USER_HOST)


def _is_id(token: str) -> bool:
    return len(token) == 12 or any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


def _line_matches(shown: str, real: str, ids: dict[str, str]) -> bool:
    """Whether one shown line matches one real line, binding shown revision ids to real ones."""
    if shown.endswith(" ...") and not shown.endswith(" ... ..."):
        prefix = shown[:-4]
        real = real[: len(prefix)] if len(real) >= len(prefix) else real
        shown = prefix
    shown_parts, real_parts = _ID.split(shown), _ID.split(real)
    if len(shown_parts) != len(real_parts):
        return False
    new: dict[str, str] = {}
    for n, (a, b) in enumerate(zip(shown_parts, real_parts)):
        if n % 2 == 0 or not (_is_id(a) and _is_id(b)):
            if a != b:
                return False
            continue
        if len(a) != len(b) or not _bind(a, b, {**ids, **new}, new):
            return False
    ids.update(new)
    return True


def _bind(shown: str, real: str, known: dict[str, str], new: dict[str, str]) -> bool:
    for full_shown, full_real in known.items():
        if full_shown.startswith(shown) or shown.startswith(full_shown):
            n = min(len(shown), len(full_shown))
            return real[:n] == full_real[:n]
    if any(full_real.startswith(real[:7]) for full_real in known.values()):
        return False  # one real id shown as two different ids
    new[shown] = real
    return True


def matches(shown: list[str], real: list[str], ids: dict[str, str]) -> bool:
    """Whether shown lines (with ``...`` wildcards) match real ones; binds ids when they do."""
    if not shown:
        return not real
    if shown[0] == "...":
        for skip in range(len(real) + 1):
            trial = dict(ids)
            if matches(shown[1:], real[skip:], trial):
                ids.update(trial)
                return True
        return False
    trial = dict(ids)
    if real and _line_matches(shown[0], real[0], trial) and matches(shown[1:], real[1:], trial):
        ids.update(trial)
        return True
    return False


def translate(command: str, ids: dict[str, str]) -> str:
    """A shown command with the revision ids it names replaced by the real ones."""

    def real(match: re.Match[str]) -> str:
        token = match[1]
        for shown, actual in ids.items():
            if shown.startswith(token):
                return actual[: len(token)]
        return token

    return _ID.sub(real, command)


# -- sessions -----------------------------------------------------------------------------


@dataclass
class Command:
    line: str
    shown: list[str]


def session(text: str) -> list[Command]:
    """The ``$`` commands of a console block, each with the output shown after it."""
    commands: list[Command] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            commands.append(Command(line[2:], []))
        elif commands:
            commands[-1].shown.append(line)
        elif line.strip():
            raise ValueError(f"output before the first '$ ' command: {line!r}")
    return commands


@dataclass
class Result:
    command: Command
    real: str  # as the docs would show it
    code: int
    ok: bool


class Project:
    """A scratch project: a folder where one page's blocks run, in order."""

    def __init__(self, folder: Path, database_url: str | None = None) -> None:
        self.root = folder
        self.root.mkdir(parents=True, exist_ok=True)
        self.state = folder.parent / f".{folder.name}-state"
        self.state.mkdir(exist_ok=True)
        self.ids: dict[str, str] = {}
        self.database_url = database_url
        self.shown_url = database_url or ""
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("FLASK_", "COLUMNS", "PYTEST"))
        }
        bin_dir = str(Path(sys.executable).parent)
        env.update(
            PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
            NO_COLOR="1",
            TERM="dumb",
            COLUMNS="80",
            PYTHONUNBUFFERED="1",
            PYTHONDONTWRITEBYTECODE="1",
            HOME=str(folder.parent / "home"),
            DOCS_FIXTURES=str(ROOT / "tests" / "docs_fixtures"),
        )
        if database_url:
            env["DATABASE_URL"] = database_url
        (self.state / "env").write_text(
            "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items())
        )
        (self.state / "cwd").write_text(str(self.root))
        self.env = env

    def urls(self) -> dict[str, str]:
        """The test server's database URL, as the page's ``export DATABASE_URL=`` shows it."""
        if not self.database_url:
            return {}
        import sqlalchemy as sa

        url = sa.engine.make_url(self.database_url)
        shown = sa.engine.make_url(self.shown_url)
        return {
            url.render_as_string(hide_password=False): self.shown_url,
            url.render_as_string(hide_password=True): shown.render_as_string(hide_password=True),
            str(url.database): str(shown.database),
        }

    def write(self, path: str, text: str, append: bool = False) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a" if append else "w", encoding="utf-8") as file:
            file.write(text)

    def run(self, line: str, previous: int = 0) -> tuple[str, int]:
        """One command line, as a shell in this project would run it: (output, exit status)."""
        if self.database_url and line.startswith("export DATABASE_URL="):
            self.shown_url = shlex.split(line.partition("=")[2])[0]
            line = f"export DATABASE_URL={shlex.quote(self.database_url)}"
        state = shlex.quote(str(self.state))
        script = (
            f"source {state}/env 2>/dev/null; cd \"$(cat {state}/cwd)\"\n"
            f"(exit {previous})\n{line}\n__rc=$?\n"
            f"export -p > {state}/env; pwd > {state}/cwd; exit $__rc\n"
        )
        done = subprocess.run(
            ["bash", "-c", script],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
        )
        return done.stdout, done.returncode

    def console(self, text: str) -> list[Result]:
        """Run a console block's commands; each with its real output and whether it matched."""
        results: list[Result] = []
        previous = 0
        for command in session(text):
            line = translate(command.line, self.ids).replace(SHOWN_ROOT, str(self.root))
            output, code = self.run(line, previous)
            real = shown_form(output, self.root, self.urls()).rstrip("\n")
            real_lines = [normalise(line) for line in real.splitlines()] if real else []
            shown_lines = [normalise(line) for line in command.shown]
            while shown_lines and not shown_lines[-1]:
                shown_lines.pop()
            ok = matches(shown_lines, real_lines, self.ids)
            results.append(Result(command, real, code, ok))
            previous = code
        return results

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        script = self.state / "block.py"
        script.write_text(code, encoding="utf-8")
        return subprocess.run(
            [sys.executable, str(script)],
            cwd=self.root,
            env={**self.env, "PYTHONPATH": str(self.root)},
            capture_output=True,
            text=True,
            timeout=120,
        )

    def script(self, text: str) -> subprocess.CompletedProcess[str]:
        """Run ``text`` as one bash script (set -e); its exports carry to later commands."""
        state = shlex.quote(str(self.state))
        return subprocess.run(
            [
                "bash",
                "-c",
                f"source {state}/env 2>/dev/null; cd \"$(cat {state}/cwd)\"; set -e\n{text}\n"
                f"export -p > {state}/env; pwd > {state}/cwd\n",
            ],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )


def unstated_failures(results: list[Result]) -> list[str]:
    """Commands that failed without a following ``$ echo $?`` showing their exit status."""
    problems = []
    for n, result in enumerate(results):
        following = results[n + 1].command.line.strip() if n + 1 < len(results) else ""
        if result.code != 0 and following != "echo $?":
            problems.append(
                f"'$ {result.command.line}' exited {result.code}: show it with '$ echo $?'"
            )
    return problems


def session_text(results: list[Result], ids: dict[str, str]) -> str:
    """A console block's text from real results (for UPDATE_DOCS), in the page's own ids."""
    shown_ids = {real: shown for shown, real in ids.items()}

    def shown(match: re.Match[str]) -> str:
        token = match[1]
        for real, mine in shown_ids.items():
            if real.startswith(token):
                return mine[: len(token)]
        return token

    out: list[str] = []
    for result in results:
        out.append(f"$ {result.command.line}")
        if result.ok:
            out.extend(result.command.shown)
        elif result.real:
            out.extend(_ID.sub(shown, result.real).splitlines())
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(line.rstrip() for line in out) + "\n"


def rewrite(page: Path, index: int, text: str) -> None:
    """Replace the body of the page's ``index``-th fenced block with ``text``."""
    block = parse(page)[index]
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    old = block.text.splitlines()
    indent = re.match(r"[ \t]*", lines[block.line - 1])[0]  # type: ignore[index]
    new = [indent + line + "\n" if line else "\n" for line in text.splitlines()]
    lines[block.line : block.line + len(old)] = new
    page.write_text("".join(lines), encoding="utf-8")


# -- blocks that cannot run: syntax only ------------------------------------------------------

_DOCKERFILE = {
    "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
    "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
}  # fmt: skip


def check_syntax(block: Block) -> str | None:
    """Why the block does not parse as its language, or None when it does."""
    try:
        return _SYNTAX.get(block.lang, _no_check)(block.text)
    except Exception as exc:  # noqa: BLE001 - the parser's own message is the answer
        return f"{type(exc).__name__}: {exc}"


def _no_check(text: str) -> str | None:
    return None


def _dockerfile(text: str) -> str | None:
    continued = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not continued and stripped.split()[0].upper() not in _DOCKERFILE:
            return f"not a Dockerfile instruction: {stripped!r}"
        continued = stripped.endswith("\\")
    return None


def _yaml(text: str) -> str | None:
    try:
        import yaml
    except ImportError:  # a minimal check: no tabs, balanced brackets
        if "\t" in text or text.count("[") != text.count("]") or text.count("{") != text.count("}"):
            return "not YAML: tabs or unbalanced brackets"
        return None
    yaml.safe_load(text)
    return None


def _ini(text: str) -> str | None:
    configparser.ConfigParser(interpolation=None).read_string(text)
    return None


def _toml(text: str) -> str | None:
    try:
        import tomllib
    except ImportError:  # Python 3.9/3.10 (the legacy stack)
        return None
    tomllib.loads(text)
    return None


def _sh(text: str) -> str | None:
    done = subprocess.run(["bash", "-n"], input=text, capture_output=True, text=True)
    return done.stderr.strip() or None


def _diff(text: str) -> str | None:
    for line in text.splitlines():
        if line and line[0] not in "+- @\\":
            return f"not a diff line: {line!r}"
    return None


def _json(text: str) -> str | None:
    json.loads(text)
    return None


def _text(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("$ "):
            return f"a text block with a command ({line!r}): make it a console block"
    return None


def _python(text: str) -> str | None:
    compile(text, "<block>", "exec")
    return None


def _console(text: str) -> str | None:
    session(text)
    return None


_SYNTAX = {
    "dockerfile": _dockerfile,
    "yaml": _yaml,
    "ini": _ini,
    "toml": _toml,
    "sh": _sh,
    "diff": _diff,
    "json": _json,
    "text": _text,
    "python": _python,
    "console": _console,
}
