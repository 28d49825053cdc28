"""The values the clean API returns for upgrade, downgrade, stamp and current.

Apart from :mod:`.api` so that what renders them (:mod:`.output`) and what makes them need
not import the API itself; ``flask_migrations.api`` offers them under the same names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import binds

if TYPE_CHECKING:
    from alembic.script import Script


@dataclass(frozen=True)
class AppliedStep:
    """One revision step that upgrade, downgrade or stamp ran on one database."""

    database: str  # "" for the default database, else the bind key
    direction: str  # "upgrade", "downgrade" or "stamp"
    revision: str | None  # the revision the step applied or undid (None: stamp to base)
    from_revisions: tuple[str, ...]
    to_revisions: tuple[str, ...]
    message: str | None


@dataclass
class MigrationResult:
    """What upgrade, downgrade or stamp did."""

    #: The steps run, in order (empty when the database was already at the target).
    steps: list[AppliedStep] = field(default_factory=list)
    #: With ``sql=True``: the SQL script, in place of running anything.
    sql: str | None = None
    #: Things a person should know (a revision file edited after it was applied).
    warnings: list[str] = field(default_factory=list)


@dataclass
class DatabaseRevisions:
    """The revision(s) a database is at."""

    database: str  # "" for the default database, else the bind key
    url: str  # without the password
    heads: tuple[str, ...]
    #: The Script of each head, None for a head that no revision file defines.
    scripts: list[Script | None]

    @property
    def label(self) -> str:
        return binds.label(self.database)
