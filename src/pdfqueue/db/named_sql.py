"""Named SQL files: every statement has a name and a comment saying what it does.

A file is a sequence of blocks, each starting with `-- name: <name>` and a comment line or more
describing the statement; `load(package, filename)` returns {name: statement text} with the
comments dropped, so readers see the whole of a part's SQL in one file (queue/queries.sql,
pipeline/queries.sql, api/queries.sql, …) and Python asks for a statement by name. Parameters
are psycopg's (`%(name)s`); a `{name}` in a statement is an identifier the code supplies
(`statement(..., role=APP_ROLE)`), quoted, never a value.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from psycopg import sql

_NAME = re.compile(r"^-- name: (\w+)\s*$", re.MULTILINE)


@cache
def load(package: str, filename: str) -> dict[str, str]:
    """Every statement of `filename` in `package`, by name."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    parts = _NAME.split(text)  # [preamble, name1, body1, name2, body2, ...]
    found: dict[str, str] = {}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        if name in found:
            raise ValueError(f"{package}/{filename}: the name {name!r} is used twice")
        lines = [ln for ln in body.strip().splitlines() if not ln.lstrip().startswith("--")]
        found[name] = "\n".join(lines).strip().rstrip(";")
    return found


@cache
def statement(package: str, name: str, filename: str = "queries.sql", **identifiers: str) -> str:
    """Statement `name` of `package`'s `filename`, each `{key}` replaced by the identifier
    given for it, quoted."""
    text = load(package, filename)[name]
    for key, value in identifiers.items():
        text = text.replace("{" + key + "}", sql.Identifier(value).as_string(None))
    return text
