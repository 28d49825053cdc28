"""``flask db init --multidb`` on an existing single-database folder: convert it in place.

An application that gains its first bind keeps its migrations folder and its history. Only
``env.py`` and ``script.py.mako`` are replaced by the multi-database ones (the old files are kept
beside them as ``*.bak`` when they were not the stock ones); ``alembic.ini`` and ``versions/``
stay as they are. The revisions written before the conversion take no ``engine_name``: the
runtime runs them on the default database only (see :mod:`flask_migrations.multidb`), so the
default database keeps its revision and every bind starts from the same history.
"""

from __future__ import annotations

import os
from pathlib import Path

from .config import TEMPLATES_DIR
from .errors import ConfigurationError

#: The files of a template that make a folder single- or multi-database.
_REPLACED = ("env.py", "script.py.mako", "README")


def is_multidb_template(template: Path) -> bool:
    """Whether ``template`` writes revisions with a section per database."""
    mako = template / "script.py.mako"
    return mako.is_file() and "engine_name" in mako.read_text(encoding="utf-8")


def can_convert(path: Path, template: Path) -> bool:
    """Whether ``init`` with ``template`` on ``path`` means converting an existing folder."""
    return (path / "env.py").is_file() and is_multidb_template(template)


def convert_to_multidb(path: Path, template: Path) -> list[Path]:
    """Turn the single-database folder ``path`` into a multi-database one; return what changed.

    Backups (``env.py.bak``...) are listed after the files written. Nothing is written when
    the folder already is multi-database or a backup would overwrite a file.
    """
    if is_multidb_template(path):
        raise ConfigurationError(
            f"{path} is already a multi-database migrations folder; nothing was changed.",
            hint="Its revisions migrate every database the application configures.",
        )
    if not (template / "env.py").is_file():
        raise ConfigurationError(f"No migration template at {template}.")
    plan = []
    for name in _REPLACED:
        source = template / name
        if not source.is_file():
            continue
        target = path / name
        new = source.read_text(encoding="utf-8")
        old = target.read_text(encoding="utf-8") if target.is_file() else None
        keep = old is not None and name != "README" and old != _stock(name)
        if keep and (path / f"{name}.bak").exists():
            raise ConfigurationError(
                f"{path / (name + '.bak')} exists; nothing was changed.",
                hint="Move it away, then run 'flask db init --multidb' again.",
            )
        plan.append((target, new, old if keep else None))
    written: list[Path] = []
    backups: list[Path] = []
    for target, new, old in plan:
        if old is not None:
            backup = target.with_name(target.name + ".bak")
            _write(backup, old)
            backups.append(backup)
        _write(target, new)
        written.append(target)
    return [p.absolute() for p in written + backups]


def _stock(name: str) -> str | None:
    """Flask-Migrations' own single-database file ``name``, to tell it from an edited one."""
    stock = TEMPLATES_DIR / "flask" / name
    return stock.read_text(encoding="utf-8") if stock.is_file() else None


def _write(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
