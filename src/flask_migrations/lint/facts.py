"""Server-version facts: what each database does without a lock, a rewrite or a copy.

When no version is given (option, setting) and no server is connected, the linter assumes the
defaults below: releases still widely run, so the common case is judged as it will run.
"""

from __future__ import annotations

import sqlite3

DIALECTS = ("postgresql", "mysql", "mariadb", "sqlite")

DEFAULT_VERSIONS: dict[str, tuple[int, ...]] = {
    "postgresql": (14,),
    "mysql": (8, 0, 30),
    "mariadb": (10, 6),
    "sqlite": tuple(int(p) for p in sqlite3.sqlite_version.split(".")),
}


def parse_version(text: str) -> tuple[int, ...]:
    """``"8.0.36"`` -> (8, 0, 36); a trailing suffix (``10.11.6-MariaDB``) is ignored."""
    parts: list[int] = []
    for piece in text.strip().split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    if not parts:
        raise ValueError(f"{text!r} is not a server version (write it as 16, 8.0.36 or 10.11)")
    return tuple(parts)


def pg_constant_default_is_free(version: tuple[int, ...]) -> bool:
    """PostgreSQL 11 stores a non-volatile ADD COLUMN default without rewriting the table."""
    return version >= (11,)


def pg_not_null_uses_check(version: tuple[int, ...]) -> bool:
    """PostgreSQL 12 skips the SET NOT NULL scan when a validated check constraint proves it."""
    return version >= (12,)


def pg_enum_add_value_in_transaction(version: tuple[int, ...]) -> bool:
    """PostgreSQL 12 accepts ALTER TYPE ... ADD VALUE inside a transaction block."""
    return version >= (12,)


def instant_add_column(dialect: str, version: tuple[int, ...]) -> bool:
    """ADD COLUMN without a table rebuild: MySQL 8.0.12+ (INSTANT), MariaDB 10.3.2+."""
    if dialect == "mysql":
        return version >= (8, 0, 12)
    if dialect == "mariadb":
        return version >= (10, 3, 2)
    return True


def mysql_varchar_in_place(old: int, new: int) -> bool:
    """A MySQL/MariaDB VARCHAR widened in place: its length prefix stays 1 byte (up to 255
    bytes) or stays 2 bytes; counted at 4 bytes a character (utf8mb4)."""
    return new >= old and ((old * 4 <= 255) == (new * 4 <= 255))


def sqlite_drop_column(version: tuple[int, ...]) -> bool:
    """SQLite 3.35 has ALTER TABLE DROP COLUMN."""
    return version >= (3, 35)


def sqlite_rename_column(version: tuple[int, ...]) -> bool:
    """SQLite 3.25 has ALTER TABLE RENAME COLUMN."""
    return version >= (3, 25)
