"""Blind batch 8 is reproducible and its truth agrees with what it prints.

No engine runs here: the batch is scored only by `bench/quality.py --layouts blind8`. This checks
the generator: the same bytes on each run, products only in catalogs, distinct names, and every
product's name printed on its page (each word of it in that page's text layer), except where the
truth says the name is drawn as an image; there the name must be absent from the text layer,
so the layout keeps testing what it says it tests."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parent))  # generate_blind8 imports its siblings
import generate_blind8


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def test_batch_8_is_deterministic_and_its_truth_is_printed(tmp_path: Path) -> None:
    first = generate_blind8.generate_8(tmp_path / "a")
    second = generate_blind8.generate_8(tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    assert len(first) == len(generate_blind8.LAYOUTS_8)
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
        truth = json.loads(one.with_suffix(".truth.json").read_text(encoding="utf-8"))
        assert truth["batch"] == "blind 8"
        assert truth["presents_products"] == (truth["layout"] in generate_blind8.BLIND_8)
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
