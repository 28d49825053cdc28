"""What the linter reports: findings, revisions it could not read, and the exit codes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .. import exitcodes

#: Exit codes of ``flask db lint``.
EXIT_CLEAN = exitcodes.OK
EXIT_FINDINGS = exitcodes.LINT_FINDINGS
EXIT_USAGE = exitcodes.USAGE  # click's own code for a bad option
EXIT_UNREADABLE = exitcodes.LINT_UNREADABLE  # a revision could not be linted at all

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Target:
    """The database a revision is checked against: its dialect and server version."""

    dialect: str  # postgresql, mysql, mariadb or sqlite
    version: tuple[int, ...]
    database: str = ""  # the bind key; "" for the default database

    @property
    def sqlalchemy_dialect(self) -> str:
        return "mysql" if self.dialect == "mariadb" else self.dialect

    def at_least(self, *version: int) -> bool:
        return self.version >= version

    @property
    def label(self) -> str:
        shown = ".".join(str(part) for part in self.version)
        return f"{self.dialect} {shown}"


@dataclass
class Finding:
    """One unsafe operation in one revision."""

    rule: str
    severity: str
    revision: str
    path: str
    line: int
    message: str
    advice: str
    database: str = ""
    #: The reason given by an allow comment in the revision; the finding then counts as allowed.
    allowed: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["allowed"] = self.allowed is not None
        data["reason"] = self.allowed
        return data


@dataclass
class Unreadable:
    """A revision the linter could not read: it does not import, or upgrade() fails offline."""

    revision: str
    path: str
    reason: str
    database: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    """Everything one lint run found."""

    findings: list[Finding] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    revisions: int = 0  # how many revisions were linted (per database)
    targets: list[Target] = field(default_factory=list)

    @property
    def active(self) -> list[Finding]:
        """The findings not allowed by a comment in their revision."""
        return [f for f in self.findings if f.allowed is None]

    def exit_code(self, warnings_ok: bool = False) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        failing = {"error"} if warnings_ok else {"error", "warning"}
        if any(f.severity in failing for f in self.active):
            return EXIT_FINDINGS
        return EXIT_CLEAN
