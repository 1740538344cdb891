"""A module binds each top-level name once: two branches that each added a constant of the same
name merged without a conflict, and the later one silently replaced the earlier for every use
(a regex without the group the first one's caller read: an IndexError on a catalog page)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "pdfqueue").rglob("*.py"))


def _bound_twice(path: Path) -> dict[str, int]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            names[node.target.id] += 1
    return {name: count for name, count in names.items() if count > 1}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == {}
