"""How a database (bind) is named: one definition for the whole package.

The default database has the bind key "" inside the package and is called "default" in every
message; env.py tells each migration context its bind through one configure argument.
"""

from __future__ import annotations

from typing import Any

#: The configure argument runtime sets for each database's migration context.
BIND_OPTION = "flask_migrations_bind"

#: How messages name the default database.
DEFAULT_LABEL = "default"


def label(name: str | None) -> str:
    """How messages name the database with bind key ``name`` ("" or None: the default one)."""
    return str(name or DEFAULT_LABEL)


def bind_of(context: Any) -> str:
    """The bind key a migration context is for: "" for the default database."""
    return str(context.opts.get(BIND_OPTION, "") or "")
