"""Tables of the generated catalogs, cell by cell: ruled and borderless."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from pdfqueue.engines.layout import analyse_document


@pytest.mark.parametrize(
    ("layout", "target"), [("pricelist", 0.95), ("datasheet", 0.95), ("borderless", 0.85)]
)
def test_generated_tables(generated: Path, score: ModuleType, layout: str, target: float) -> None:
    pdf = generated / f"q-{layout}.pdf"
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    document = analyse_document(pdf)
    for table in truth["tables"]:
        page = document.pages[table["page"] - 1]
        found = [b.rows for b in page.blocks if b.kind == "table" and b.rows]
        assert score.best_table_f1(table["rows"], found) >= target, found
        assert all(b.ruled == table["ruled"] for b in page.blocks if b.kind == "table")


def test_prose_in_columns_is_not_a_table(generated: Path) -> None:
    document = analyse_document(generated / "q-brochure.pdf")
    assert not [b for p in document.pages for b in p.blocks if b.kind == "table"]
