"""Several databases in one migrations folder: how revisions meet databases, and failures.

A multi-database revision has an ``upgrade_<name>()`` per database and an ``upgrade(engine_name)``
that dispatches to it. Two kinds of revision files do not fit that shape, and both are common:

- revisions written while the folder served one database (``upgrade()`` with no argument),
  before ``flask db init --multidb`` converted it: they belong to the default database;
- revisions written before a bind existed: they have no ``upgrade_<bind>()`` and nothing to do
  on that bind.

:func:`adapt_revisions` makes both run as they should, without editing the files. The other
half of this module reports a failure: databases are migrated one after another, each in its
own transaction, so a failure names the database that stopped and where each one stands.
"""

from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any, Callable

from . import binds
from .errors import MigrationError
from .targets import DEFAULT, Target

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

log = logging.getLogger("alembic.env")

_ADAPTED = "_flask_migrations_adapted"


def adapt_revisions(script: ScriptDirectory) -> None:
    """Let every revision of ``script`` take part in a multi-database run.

    Each module's ``upgrade``/``downgrade`` is wrapped in place (once): called with
    ``engine_name``, a single-database revision runs on the default database only, and a
    multi-database revision without a section for that database does nothing there.
    """
    for sc in script.walk_revisions("base", "heads"):
        module = sc.module
        for kind in ("upgrade", "downgrade"):
            fn = getattr(module, kind, None)
            if callable(fn) and not getattr(fn, _ADAPTED, False):
                setattr(module, kind, _adapter(module, kind, fn, sc.revision))


def _takes_engine_name(fn: Callable[..., Any]) -> bool:
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):  # pragma: no cover - builtins and the like
        return True
    return any(
        p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) or p.name == "engine_name" for p in parameters
    )


def _adapter(module: Any, kind: str, fn: Callable[..., Any], revision: str) -> Callable[..., Any]:
    single = not _takes_engine_name(fn)

    def adapted(**kw: Any) -> Any:
        name = kw.get("engine_name")
        if name is None:
            return fn(**kw)
        if single:
            if name != DEFAULT:
                log.debug("Revision %s is for the default database only", revision)
                return None
            return fn(**{k: v for k, v in kw.items() if k != "engine_name"})
        sections = [n for n in vars(module) if n.startswith(kind + "_")]
        if sections and f"{kind}_{name}" not in sections:
            log.info("Revision %s has nothing for database %s", revision, binds.label(name))
            return None
        return fn(**kw)

    setattr(adapted, _ADAPTED, True)
    # Alembic names the step after the function ("Running upgrade ..." in logs and --sql)
    adapted.__name__ = adapted.__qualname__ = fn.__name__
    adapted.__doc__ = fn.__doc__
    return adapted


# -- failures --------------------------------------------------------------------------------


def stopped(
    failed: Target, targets: list[Target], exc: Exception, args: dict[str, Any]
) -> Exception:
    """The error to raise when ``failed`` stopped a multi-database command with ``exc``.

    It names the database and says where every database of the command stands now, read
    again from each one (the databases before it were committed; the one that failed rolled
    back as far as its backend allows; those after it were not touched).
    """
    from .session import translate

    translated = exc if isinstance(exc, MigrationError) else translate(exc)
    if translated is None:
        translated = MigrationError(f"{type(exc).__name__}: {exc}")
    hints = [translated.hint] if translated.hint else []
    if failed.metadata is None and "MetaData" in translated.message:
        hints.append(
            f"The {failed.label} database has no models; leave it alone with"
            f" Migrate(exclude_binds=[{failed.name!r}])."
        )
    hints.append(f"Where each database stands now: {where_they_stand(targets, args)}.")
    error = type(translated)(f"Database {failed.label}: {translated.message}", hint=" ".join(hints))
    error.__cause__ = exc
    return error


def where_they_stand(targets: list[Target], args: dict[str, Any]) -> str:
    """``"default at 1a2b, users at base"``: each database's revision, read afresh."""
    parts = []
    for target in targets:
        try:
            heads = current_heads(target, args)
        except Exception:  # a database that cannot be read is reported, not fatal
            parts.append(f"{target.label} unknown (cannot read it)")
            continue
        parts.append(f"{target.label} at {', '.join(heads) if heads else 'base'}")
    return ", ".join(parts)


def current_heads(target: Target, args: dict[str, Any]) -> tuple[str, ...]:
    """The revisions recorded in ``target``'s version table."""
    from alembic.runtime.migration import MigrationContext

    from .connections import connect
    from .lock import naming_database

    opts = {k: args[k] for k in ("version_table", "version_table_schema") if args.get(k)}
    found: list[str] = []

    def read(connection: Connection) -> None:
        found.extend(MigrationContext.configure(connection, opts=opts).get_current_heads())

    with naming_database(target.name, target.engine):
        connect(target.engine, read)
    return tuple(found)


# -- check -----------------------------------------------------------------------------------


def check_every_database(config: Any) -> None:
    """Alembic's ``check``, whose report names the database of each pending change.

    :raises SchemaDiffersError: the models of some database hold changes no revision has.
    """
    from alembic import command
    from alembic.util import AutogenerateDiffsDetected

    from .explain import schema_differs

    try:
        command.check(config)
    except AutogenerateDiffsDetected as exc:
        context = getattr(exc, "revision_context", None)  # Alembic >= 1.14 keeps it
        scripts = getattr(context, "generated_revisions", None)
        if not scripts or len(scripts[-1].upgrade_ops_list) < 2:
            raise
        found = [
            (_name_of_token(ops.upgrade_token), ops.as_diffs())
            for ops in scripts[-1].upgrade_ops_list
        ]
        raise schema_differs([(name, diffs) for name, diffs in found if diffs]) from exc


def _name_of_token(token: str) -> str:
    name = token[: -len("_upgrades")] if token.endswith("_upgrades") else token
    return binds.label(name)
