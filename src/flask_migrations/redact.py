"""Keeping database passwords out of everything Flask-Migrations prints.

Connections still use the password; only the text shown to a person (errors, log lines,
tracebacks with ``-v``, URLs in ``current -v``) has it replaced by ``***``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

#: ``scheme://user:password@`` in a URL.
_URL_PASSWORD = re.compile(r"(\w[\w+.-]*://[^:/@\s]*:)[^@\s]*@")
#: ``password=...`` in a libpq/ODBC style connection string.
_DSN_PASSWORD = re.compile(r"(\b(?:password|pwd|passwd)\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s;]+)", re.I)

#: Passwords shorter than this are only hidden where they appear in a URL or DSN, so that
#: a one-letter password does not turn every message into asterisks.
_MIN_LENGTH = 3


def hide_password(url: Any) -> str:
    """``url`` (a SQLAlchemy URL or a string) as text, its password replaced by ``***``."""
    try:
        return str(url.render_as_string(hide_password=True))
    except AttributeError:
        return clean(str(url))


def clean(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without the passwords of URLs and connection strings in it, nor ``secrets``."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _DSN_PASSWORD.sub(r"\1***", text)
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= _MIN_LENGTH:
            text = text.replace(secret, "***")
    return text


def app_secrets(app: Any) -> set[str]:
    """The database passwords an application configures, to be hidden wherever they appear."""
    found: set[str] = set()
    config = getattr(app, "config", {})
    urls: list[Any] = [config.get("SQLALCHEMY_DATABASE_URI")]
    for group in ("SQLALCHEMY_BINDS", "SQLALCHEMY_ENGINES"):
        binds = config.get(group)
        if isinstance(binds, Mapping):
            urls.extend(binds.values())
        elif binds is not None:
            urls.append(binds)
    state = getattr(app, "extensions", {}).get("migrate")
    engines = getattr(getattr(state, "migrate", None), "engines", None)
    urls.extend(_engine_urls(engines))
    try:
        urls.extend(_engine_urls(getattr(getattr(state, "db", None), "engines", None)))
    except Exception:  # noqa: BLE001 - Flask-SQLAlchemy needs an app context for .engines
        pass
    for url in urls:
        password = _password(url)
        if password:
            found.add(password)
    return found


def _engine_urls(engines: Any) -> Iterator[Any]:
    if engines is None:
        return
    values = engines.values() if isinstance(engines, Mapping) else [engines]
    for engine in values:
        url = getattr(engine, "url", None)
        if url is not None:
            yield url


def _password(url: Any) -> str | None:
    from sqlalchemy.engine import make_url

    if isinstance(url, Mapping):
        url = url.get("url")
    if url is None:
        return None
    try:
        password = make_url(url).password
    except Exception:  # noqa: BLE001 - not a URL: nothing to hide
        return None
    return str(password) if password else None
