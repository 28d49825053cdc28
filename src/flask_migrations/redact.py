"""Keeping database passwords out of everything Flask-Migrations prints.

Connections still use the password; only the text shown to a person (errors, log lines,
tracebacks with ``-v``, URLs in ``current -v``) has it replaced by ``***``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

#: ``scheme://user:password@`` in a URL, up to the last ``@`` before a blank: a password
#: that is not URL-encoded may hold ``@`` itself, and all of it is hidden.
_URL_PASSWORD = re.compile(r"(\w[\w+.-]*://[^:/@\s]*:)\S*@")
#: ``password=...`` in a libpq/ODBC style connection string.
_DSN_PASSWORD = re.compile(r"(\b(?:password|pwd|passwd)\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s;]+)", re.I)
#: SQLAlchemy's complaint about the port of a URL whose password holds ``:`` and ``@``: the
#: "port" it quotes begins with the rest of the password.
_PORT_WITH_PASSWORD = re.compile(r"(invalid literal for int\(\) with base 10: ')[^'\s]*@")

#: Passwords shorter than this are only hidden where they appear in a URL or DSN, so that
#: a one-letter password does not turn every message into asterisks.
_MIN_LENGTH = 3


def hide_password(url: Any) -> str:
    """``url`` (a SQLAlchemy URL or a string) as text, its password replaced by ``***``."""
    try:
        text = str(url.render_as_string(hide_password=True))
    except AttributeError:
        return clean(str(url))
    split = _wrong_split(url)
    if split is None:
        return text
    return f"{url.drivername}://{url.username or ''}:***@{split[1]}"


def unencoded_password(url: Any) -> bool:
    """Whether ``url`` (a parsed SQLAlchemy URL) was split at an ``@`` of its password.

    A password holding ``@`` must be URL-encoded (``%40``); when it is not, SQLAlchemy takes
    the first ``@`` for the end of the password, and the rest of the password for the host.
    """
    return _wrong_split(url) is not None


def _wrong_split(url: Any) -> tuple[str, str] | None:
    """(the rest of the password, the real ``host:port/database``) of a URL split too early."""
    if getattr(url, "password", None) is None:
        return None
    host, database = str(url.host or ""), str(url.database or "")
    if "@" not in host and "@" not in database:
        return None
    after = host + (f":{url.port}" if url.port else "") + (f"/{database}" if database else "")
    rest, real = after.rsplit("@", 1)
    return rest, real


def clean(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without the passwords of URLs and connection strings in it, nor ``secrets``."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _DSN_PASSWORD.sub(r"\1***", text)
    text = _PORT_WITH_PASSWORD.sub(r"\1***@", text)
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= _MIN_LENGTH:
            text = text.replace(secret, "***")
        for piece in _pieces(secret):
            text = piece.sub("***", text)
    return text


def _pieces(secret: str) -> list[re.Pattern[str]]:
    """What a driver shows of a password that holds '@' not URL-encoded.

    SQLAlchemy takes what follows the first '@' for the host (and port, database): a driver
    then names the host it could not reach ("ss@127.0.0.1", "ss"). Those pieces are hidden
    where they stand before an '@', or alone (two characters or more).
    """
    found = []
    for after in secret.split("@")[1:]:
        if after:
            found.append(re.compile(re.escape(after) + r"(?=@)"))
        for piece in re.split(r"[/:]", after):
            if len(piece) >= 2:
                found.append(re.compile(r"(?<![\w.])" + re.escape(piece) + r"(?![\w.])"))
    return found


def app_secrets(app: Any) -> set[str]:
    """The database passwords an application configures, to be hidden wherever they appear."""
    found: set[str] = set()
    for _, url in _app_urls(app):
        password = _password(url)
        if password:
            found.add(password)
    return found


def unencoded_binds(app: Any) -> list[str]:
    """The databases ("" the default) whose URL has a password with an '@' not URL-encoded."""
    from sqlalchemy.engine import make_url

    found: list[str] = []
    for name, url in _app_urls(app):
        try:
            wrong = unencoded_password(make_url(url))
        except Exception:  # noqa: BLE001 - not a URL SQLAlchemy can read
            continue
        if wrong and name not in found:
            found.append(name)
    return found


def _app_urls(app: Any) -> Iterator[tuple[str, Any]]:
    """(database name, URL) of each database the application configures or has an engine of."""
    config = getattr(app, "config", {})
    yield "", config.get("SQLALCHEMY_DATABASE_URI")
    for group in ("SQLALCHEMY_BINDS", "SQLALCHEMY_ENGINES"):
        binds = config.get(group)
        if isinstance(binds, Mapping):
            for name, value in binds.items():
                yield str(name or ""), value.get("url") if isinstance(value, Mapping) else value
        elif binds is not None:
            yield "", binds
    state = getattr(app, "extensions", {}).get("migrate")
    yield from _engine_urls(getattr(getattr(state, "migrate", None), "engines", None))
    try:
        yield from _engine_urls(getattr(getattr(state, "db", None), "engines", None))
    except Exception:  # noqa: BLE001 - Flask-SQLAlchemy needs an app context for .engines
        return


def _engine_urls(engines: Any) -> Iterator[tuple[str, Any]]:
    if engines is None:
        return
    items = engines.items() if isinstance(engines, Mapping) else [("", engines)]
    for name, engine in items:
        url = getattr(engine, "url", None)
        if url is not None:
            yield str(name or ""), url


def _password(url: Any) -> str | None:
    from sqlalchemy.engine import make_url

    if isinstance(url, Mapping):
        url = url.get("url")
    if url is None:
        return None
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - not a URL: nothing to hide
        return None
    split = _wrong_split(parsed)
    if split is not None:  # the whole password, "@" and all
        return f"{parsed.password}@{split[0]}"
    return str(parsed.password) if parsed.password else None
