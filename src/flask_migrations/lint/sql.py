"""Raw SQL of ``op.execute`` as statements the rules can read, parsed with sqlglot.

sqlglot is imported only here, and only when a revision has raw SQL. Statements sqlglot's
parser does not model (VACUUM, CLUSTER, REINDEX, LOCK, ALTER TYPE, VALIDATE CONSTRAINT, ...)
are read from its tokenizer's tokens, keyword by keyword; never with regular expressions.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

_READ = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}

#: Functions whose value differs per row: a column default calling one rewrites the table.
VOLATILE = frozenset(
    {
        "RANDOM",
        "RAND",
        "GEN_RANDOM_UUID",
        "UUID_GENERATE_V1",
        "UUID_GENERATE_V1MC",
        "UUID_GENERATE_V4",
        "UUIDV7",
        "UUID",
        "CLOCK_TIMESTAMP",
        "TIMEOFDAY",
        "NEXTVAL",
        "TXID_CURRENT",
    }
)

#: Kinds of statement that change the schema.
DDL = frozenset(
    {
        "create_index",
        "drop_index",
        "add_constraint",
        "validate",
        "add_column",
        "drop_column",
        "rename_column",
        "rename_table",
        "alter_type",
        "set_not_null",
        "create_table",
        "drop_table",
        "enum_add_value",
        "alter",
    }
)


@dataclass
class Statement:
    """One statement (one action of an ALTER TABLE) of raw SQL."""

    kind: str
    text: str
    table: str | None = None
    name: str | None = None  # index, constraint or column name
    concurrently: bool = False
    not_valid: bool = False
    constraint: str | None = None  # check, foreign_key, unique, primary_key, using_index
    #: For a check constraint ``col IS NOT NULL``: the column it proves NOT NULL.
    not_null_column: str | None = None
    unbounded: bool = False  # an UPDATE or DELETE without WHERE or LIMIT
    full: bool = False  # VACUUM FULL

    @property
    def is_ddl(self) -> bool:
        return self.kind in DDL


@contextmanager
def silenced(name: str) -> Iterator[None]:
    """Every record of logger ``name`` dropped for the length of the block (the linter's
    own reading makes records a person has no use for: see each caller)."""
    logger = logging.getLogger(name)

    def drop(record: logging.LogRecord) -> bool:
        return False

    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)


def _quiet() -> contextlib.AbstractContextManager[None]:
    """sqlglot logs a warning for each statement it keeps as an opaque command; the linter
    reads those from tokens itself, so the warnings of this one call are dropped."""
    return silenced("sqlglot")


def parse(text: str, dialect: str) -> list[Statement]:
    """The statements of ``text`` as the server of ``dialect`` would read them."""
    import sqlglot
    from sqlglot.errors import SqlglotError

    read = _READ[dialect]
    try:
        tokens = sqlglot.tokenize(text, read=read)
    except SqlglotError:
        return [Statement("unparsed", text)]
    found: list[Statement] = []
    for chunk in _split(tokens):
        sql = text[chunk[0].start : chunk[-1].end + 1]
        words = _words(chunk, read)
        by_tokens = _from_tokens(words, sql)
        if by_tokens is not None:
            found.extend(by_tokens)
            continue
        try:
            with _quiet():
                tree = sqlglot.parse_one(sql, read=read)
        except SqlglotError:
            found.append(Statement("unparsed", sql))
            continue
        found.extend(_from_tree(tree, sql))
    return found


def _split(tokens: list[Any]) -> Iterator[list[Any]]:
    from sqlglot.tokens import TokenType

    chunk: list[Any] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if chunk:
                yield chunk
            chunk = []
        else:
            chunk.append(token)
    if chunk:
        yield chunk


def _words(chunk: list[Any], read: str) -> list[tuple[str, str]]:
    """(UPPER, original) per token; a command's rest (one string token) tokenized again."""
    import sqlglot
    from sqlglot.errors import SqlglotError
    from sqlglot.tokens import TokenType

    words: list[tuple[str, str]] = []
    for i, token in enumerate(chunk):
        command = chunk[0].token_type == TokenType.COMMAND or chunk[0].text.upper() in _COMMANDS
        if i == 1 and command and token.token_type in (TokenType.STRING, TokenType.VAR):
            try:
                again = sqlglot.tokenize(token.text, read=read)
            except SqlglotError:
                again = []
            words.extend((t.text.upper(), t.text) for t in again)
        else:
            words.append((token.text.upper(), token.text))
    return words


_COMMANDS = frozenset({"VACUUM", "LOCK", "REINDEX", "CLUSTER"})


def _after(words: list[tuple[str, str]], keyword: str, skip: tuple[str, ...] = ()) -> str | None:
    """The original text of the first word after ``keyword`` that is not in ``skip``."""
    upper = [w for w, _ in words]
    if keyword not in upper:
        return None
    for word, original in words[upper.index(keyword) + 1 :]:
        if word not in skip:
            return original
    return None


def _from_tokens(words: list[tuple[str, str]], sql: str) -> list[Statement] | None:
    """Statements sqlglot keeps opaque, read from their keywords; None for the others."""
    upper = [w for w, _ in words]
    if not upper:
        return []
    first = upper[0]
    if first in ("UPDATE", "DELETE", "INSERT"):
        return [_data(first, words, sql)]
    if first == "VACUUM":
        return [Statement("vacuum", sql, full="FULL" in upper)]
    if first == "CLUSTER":
        return [Statement("cluster", sql, table=words[1][1] if len(words) > 1 else None)]
    if first == "LOCK":
        table = _after(words, "LOCK", ("TABLE", "TABLES", "ONLY"))
        return [Statement("lock", sql, table=table)]
    if first == "REINDEX":
        return [Statement("reindex", sql, concurrently="CONCURRENTLY" in upper)]
    if upper[:2] == ["ALTER", "TYPE"] and "ADD" in upper and "VALUE" in upper:
        return [Statement("enum_add_value", sql, name=words[2][1] if len(words) > 2 else None)]
    if upper[:2] == ["ALTER", "TABLE"]:
        table = _after(words, "TABLE", ("ONLY", "IF", "EXISTS"))
        if "VALIDATE" in upper:
            name = _after(words, "VALIDATE", ("CONSTRAINT",))
            return [Statement("validate", sql, table=table, name=name)]
        if "USING" in upper and "INDEX" in upper and "ADD" in upper:
            name = _after(words, "CONSTRAINT")
            return [Statement("add_constraint", sql, table, name, constraint="using_index")]
        add = upper.index("ADD") + 1 if "ADD" in upper else None
        if add is not None and add < len(upper) and upper[add] in _UNNAMED:
            kind = _UNNAMED[upper[add]]
            not_valid = "NOT" in upper and "VALID" in upper
            return [Statement("add_constraint", sql, table, None, constraint=kind,
                              not_valid=not_valid)]  # fmt: skip
    return None


def _data(first: str, words: list[tuple[str, str]], sql: str) -> Statement:
    """An UPDATE, DELETE or INSERT: its table, and whether a WHERE or LIMIT bounds it (at the
    statement's own level, not in a subquery). Read from tokens: much faster than a parse, and
    a data migration may hold thousands of them."""
    if first == "INSERT":
        return Statement("insert", sql)
    depth = 0
    bounded = False
    for word, _ in words:
        if word == "(":
            depth += 1
        elif word == ")":
            depth -= 1
        elif depth == 0 and word in ("WHERE", "LIMIT"):
            bounded = True
    if first == "UPDATE":
        table = _after(words, "UPDATE", ("ONLY", "LOW_PRIORITY", "IGNORE"))
    else:
        table = _after(words, "FROM", ("ONLY",))
    return Statement(first.lower(), sql, table=table, unbounded=not bounded)


_UNNAMED = {
    "CHECK": "check",
    "FOREIGN": "foreign_key",
    "UNIQUE": "unique",
    "PRIMARY": "primary_key",
}


def _name(node: Any) -> str | None:
    return str(node.name) if node is not None and getattr(node, "name", None) else None


def _from_tree(tree: Any, sql: str) -> list[Statement]:
    from sqlglot import exp

    if isinstance(tree, exp.Create):
        kind = str(tree.args.get("kind") or "").upper()
        if kind == "INDEX":
            table = _name(tree.this.args.get("table"))
            concurrently = bool(tree.args.get("concurrently"))
            return [Statement("create_index", sql, table, _name(tree.this), concurrently)]
        if kind == "TABLE":
            return [Statement("create_table", sql, table=_name(tree.find(exp.Table)))]
        return [Statement("alter", sql)]
    if isinstance(tree, exp.Drop):
        kind = str(tree.args.get("kind") or "").upper()
        names = [_name(t) for t in tree.args.get("expressions") or tree.args.get("tables") or []]
        name = names[0] if names else None
        if kind == "INDEX":
            concurrently = bool(tree.args.get("concurrently"))
            return [Statement("drop_index", sql, name=name, concurrently=concurrently)]
        if kind == "TABLE":
            return [Statement("drop_table", sql, table=name)]
        return [Statement("alter", sql)]
    if isinstance(tree, exp.Alter):
        table = _name(tree.this)
        not_valid = bool(tree.args.get("not_valid"))
        return [_action(a, sql, table, not_valid) for a in tree.args.get("actions") or []]
    if isinstance(tree, (exp.Update, exp.Delete)):
        kind = "update" if isinstance(tree, exp.Update) else "delete"
        bounded = tree.args.get("where") is not None or tree.args.get("limit") is not None
        return [Statement(kind, sql, table=_name(tree.this), unbounded=not bounded)]
    if isinstance(tree, exp.Insert):
        return [Statement("insert", sql)]
    if isinstance(tree, exp.Command):
        return [Statement("other", sql)]
    return [Statement("other", sql)]


def _action(action: Any, sql: str, table: str | None, not_valid: bool) -> Statement:
    from sqlglot import exp

    if isinstance(action, exp.AddConstraint):
        constraint = action.expressions[0] if action.expressions else None
        return _constraint(constraint, sql, table, not_valid)
    if isinstance(action, exp.ColumnDef):
        return Statement("add_column", sql, table, _name(action))
    if isinstance(action, exp.AlterColumn):
        if action.args.get("allow_null") is False:
            return Statement("set_not_null", sql, table, _name(action))
        if action.args.get("dtype") is not None:
            return Statement("alter_type", sql, table, _name(action))
        return Statement("alter", sql, table, _name(action))
    if isinstance(action, exp.ModifyColumn):
        return Statement("alter_type", sql, table, _name(action.this))
    if isinstance(action, exp.Drop) and str(action.args.get("kind") or "").upper() == "COLUMN":
        return Statement("drop_column", sql, table)
    if isinstance(action, exp.RenameColumn):
        return Statement("rename_column", sql, table, _name(action.this))
    if isinstance(action, exp.AlterRename):
        return Statement("rename_table", sql, table)
    return Statement("alter", sql, table)


def _constraint(node: Any, sql: str, table: str | None, not_valid: bool) -> Statement:
    from sqlglot import exp

    parts = node.expressions if node is not None else []
    name = _name(node)
    kind = "other"
    column = None
    for part in parts:
        if isinstance(part, exp.CheckColumnConstraint):
            kind = "check"
            column = _is_not_null(part.this)
        elif isinstance(part, exp.ForeignKey):
            kind = "foreign_key"
        elif isinstance(part, exp.UniqueColumnConstraint):
            kind = "unique"
        elif isinstance(part, exp.PrimaryKey):
            kind = "primary_key"
    return Statement("add_constraint", sql, table, name, constraint=kind, not_valid=not_valid,
                     not_null_column=column)  # fmt: skip


def _is_not_null(condition: Any) -> str | None:
    """The column of a ``col IS NOT NULL`` condition, else None."""
    from sqlglot import exp

    while isinstance(condition, exp.Paren):
        condition = condition.this
    if isinstance(condition, exp.Not) and isinstance(condition.this, exp.Is):
        condition = exp.Is(this=condition.this.this, expression=condition.this.expression)
        condition.set("negate", True)
    if (
        isinstance(condition, exp.Is)
        and condition.args.get("negate")
        and isinstance(condition.expression, exp.Null)
        and isinstance(condition.this, exp.Column)
    ):
        return str(condition.this.name)
    return None


def not_null_column(condition: str, dialect: str) -> str | None:
    """The column a check condition (as text) proves NOT NULL, else None."""
    import sqlglot
    from sqlglot.errors import SqlglotError

    try:
        with _quiet():
            tree = sqlglot.parse_one(condition, read=_READ[dialect])
    except SqlglotError:
        return None
    return _is_not_null(tree)


def calls_volatile(expression: str, dialect: str) -> str | None:
    """The first volatile function an SQL expression calls (as written), else None."""
    import sqlglot
    from sqlglot.errors import SqlglotError
    from sqlglot.tokens import TokenType

    try:
        tokens = sqlglot.tokenize(expression, read=_READ[dialect])
    except SqlglotError:
        return None
    for token, following in zip(tokens, tokens[1:]):
        if following.token_type == TokenType.L_PAREN and token.text.upper() in VOLATILE:
            return token.text
    return None
