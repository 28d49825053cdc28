"""Allow comments: ``# lint: allow RULE[, RULE] -- REASON`` in a revision file.

On the line of the operation or the line above it, a comment allows that operation; a line
``lint: allow RULE -- REASON`` in the module docstring allows the rule for the whole revision.
A comment without a reason allows nothing: the reason is what the reviewer reads.
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass, field

MARK = "lint:"


@dataclass
class Allowances:
    """The allow comments of one revision file."""

    by_line: dict[int, dict[str, str]] = field(default_factory=dict)
    whole_file: dict[str, str] = field(default_factory=dict)

    def reason(self, rule: str, line: int) -> str | None:
        """Why ``rule`` is allowed at ``line``, or None when it is not."""
        for at in (line, line - 1):
            found = self.by_line.get(at, {}).get(rule)
            if found is not None:
                return found
        return self.whole_file.get(rule)


def _parse(text: str) -> dict[str, str]:
    """``allow a, b -- reason`` after the mark: {rule: reason}; nothing without a reason."""
    body = text.split(MARK, 1)[1].strip()
    if not body.startswith("allow "):
        return {}
    rules, sep, reason = body[len("allow ") :].partition("--")
    reason = reason.strip()
    if not sep or not reason:
        return {}
    return {name.strip(): reason for name in rules.split(",") if name.strip()}


def read(source: str) -> Allowances:
    """The allow comments of a revision file's ``source``."""
    found = Allowances()
    if MARK not in source:
        return found
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return found
    for token in tokens:
        if token.type == tokenize.COMMENT and MARK in token.string:
            found.by_line.setdefault(token.start[0], {}).update(_parse(token.string))
    try:
        doc = ast.get_docstring(ast.parse(source)) or ""
    except SyntaxError:
        doc = ""
    for line in doc.splitlines():
        if line.strip().startswith(MARK):
            found.whole_file.update(_parse(line))
    return found
