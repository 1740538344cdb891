"""The blind batches are reproducible and their truth agrees with what they print.

No engine runs here: the batches are scored only by `bench/quality.py --layouts blind6` (blind8
likewise; blind7, blind9 to blind18 and blind20 to blind28 once, at the end; blind19 is a practice
batch, tuned on).
This checks the generators: the same bytes on each run, products only in catalogs, distinct
names, and every product's name printed on its page (each word of it in that page's text layer),
so the truth cannot drift from the drawing; where the truth says a name is drawn as an image, it
must be absent from the text layer, so the layout keeps testing what it says it tests. From batch
21 on, every code, price and size the truth lists, and every word of a name's aliases, must be
printed on the product's page too."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generators import their siblings
from blind_batches import BATCHES, write_batch


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize("batch", sorted(BATCHES, key=int))
def test_batch_is_deterministic_and_its_truth_is_printed(batch: str, tmp_path: Path) -> None:
    catalogs = BATCHES[batch].catalogs
    first = write_batch(tmp_path / "a", batch)
    second = write_batch(tmp_path / "b", batch)
    assert [p.name for p in first] == [p.name for p in second]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
        truth = json.loads(one.with_suffix(".truth.json").read_text(encoding="utf-8"))
        assert truth["batch"] == f"blind {batch}"
        assert truth["presents_products"] == (truth["layout"] in catalogs)
        if not truth["presents_products"]:
            assert truth["products"] == []
            continue
        assert len(truth["products"]) >= 5, one.name
        names = [p["name"] for p in truth["products"]]
        assert len(set(names)) == len(names), one.name
        document = pdfium.PdfDocument(one)
        try:
            pages = [
                _words(document[i].get_textpage().get_text_range()) for i in range(len(document))
            ]
        finally:
            document.close()
        assert truth["pages"] == len(pages)
        for item in truth["products"]:
            assert 1 <= item["page"] <= len(pages)
            missing = _words(item["name"]) - pages[item["page"] - 1]
            if item.get("name_in_text_layer", True):
                assert not missing, (one.name, item["name"], missing)
            else:
                assert missing, (one.name, item["name"], "printed as text after all")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("batch", ["21", "22", "23", "24", "25", "26", "27", "28"])
def test_batch_codes_prices_sizes_and_aliases_are_printed(batch: str, tmp_path: Path) -> None:
    """Each listed code, price and size is printed as listed on the product's page (spacing
    aside), and each alias's words are there too, so the truth cannot name a value the page
    does not show."""
    for path in write_batch(tmp_path, batch):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        if not truth["products"]:
            continue
        document = pdfium.PdfDocument(path)
        try:
            pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
        finally:
            document.close()
        for item in truth["products"]:
            text = _flat(pages[item["page"] - 1])
            for value in (*item["codes"], *item["prices"], *item["sizes"]):
                assert _flat(value) in text, (path.name, item["name"], value)
            for alias in item.get("aliases", []):
                assert not _words(alias) - _words(text), (path.name, item["name"], alias)
