"""Project settings of the linter, where the project's other settings live.

With an application, its config keys (the same ones the other MIGRATIONS_* settings use):

- ``MIGRATIONS_LINT_DISABLE``: rule names to skip (a list, or a comma-separated string);
- ``MIGRATIONS_LINT_SEVERITY``: {rule: "error" | "warning" | "info"};
- ``MIGRATIONS_LINT_SERVER_VERSION``: "16", or {bind: version} with "" for the default database.

Without one (``--dialect`` and ``-d``: a pre-commit hook), and under the app's keys, the
``[flask-migrations.lint]`` section of the migrations folder's alembic.ini, which travels with
the folder: ``disable = a, b``, ``severity = rule:warning, rule:error``, ``server_version = 16``
and ``dialect = postgresql``. An option on the command line wins over both.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigurationError
from .findings import SEVERITIES
from .rules import RULES

SECTION = "flask-migrations.lint"


@dataclass
class Settings:
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, str] = field(default_factory=dict)
    server_versions: dict[str, str] = field(default_factory=dict)  # bind -> version
    dialect: str | None = None

    def server_version(self, database: str) -> str | None:
        return self.server_versions.get(database) or self.server_versions.get("*")


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value or ()]


def _pairs(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    pairs = {}
    for item in _names(value):
        rule, _, severity = item.partition(":")
        pairs[rule.strip()] = severity.strip()
    return pairs


def _check(settings: Settings, where: str) -> Settings:
    unknown = sorted((settings.disabled | set(settings.severities)) - set(RULES))
    if unknown:
        raise ConfigurationError(
            f"{where} names unknown lint rules: {', '.join(unknown)}.",
            hint="The rules are listed in docs/lint.md.",
        )
    bad = sorted(r for r, s in settings.severities.items() if s not in SEVERITIES)
    if bad:
        raise ConfigurationError(
            f"{where} gives an unknown severity for {', '.join(bad)}.",
            hint="A severity is one of: error, warning, info.",
        )
    return settings


def from_folder(directory: str) -> Settings:
    """The ``[flask-migrations.lint]`` section of ``directory``/alembic.ini."""
    parser = configparser.ConfigParser()
    path = os.path.join(directory, "alembic.ini")
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        raise ConfigurationError(f"{path} cannot be read: {exc}") from exc
    if not parser.has_section(SECTION):
        return Settings()
    section = parser[SECTION]
    found = Settings(
        disabled=set(_names(section.get("disabled", section.get("disable", "")))),
        severities=_pairs(section.get("severity", "")),
        dialect=section.get("dialect") or None,
    )
    if section.get("server_version"):
        found.server_versions["*"] = section["server_version"]
    return _check(found, f"The [{SECTION}] section of {path}")


def from_app(config: Any, base: Settings) -> Settings:
    """``base`` (the folder's settings) under the application's MIGRATIONS_LINT_* keys."""
    found = Settings(set(base.disabled), dict(base.severities), dict(base.server_versions))
    found.dialect = base.dialect
    if "MIGRATIONS_LINT_DISABLE" in config:
        found.disabled = set(_names(config["MIGRATIONS_LINT_DISABLE"]))
    found.severities.update(_pairs(config.get("MIGRATIONS_LINT_SEVERITY") or {}))
    versions = config.get("MIGRATIONS_LINT_SERVER_VERSION")
    if isinstance(versions, dict):
        found.server_versions.update({str(k): str(v) for k, v in versions.items()})
    elif versions:
        found.server_versions["*"] = str(versions)
    return _check(found, "The application's MIGRATIONS_LINT_* settings")
