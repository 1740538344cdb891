"""Products measured against truth: a regression in what comes out fails here.

The same scoring as bench/quality.py (which prints the full figures, scanned catalogs and the
old path included), on the cheap part: the generated catalogs with a text layer, the corpus
catalogs, the first pages of every corpus file labelled "no products", and one scanned catalog.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pdfqueue.engines.catalog import Product, extract_products
from pdfqueue.engines.errors import PdfError

LAYOUTS = ("grid", "pricelist", "borderless", "datasheet", "brochure", "katalog", "liste")
NON_CATALOG_PAGES = (1, 12)  # the first pages of each: where a catalog shows what it is
SKIP = {"edge-resource-bomb-render.pdf"}  # inflates to 1.2 GB: opened only under limits


def predictions(products: list[Product]) -> list[dict[str, Any]]:
    return [
        {"name": p.name, "codes": p.codes, "prices": p.prices, "sizes": p.sizes, "pages": [p.page]}
        for p in products
    ]


def truth(pdf: Path) -> dict[str, Any]:
    return json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_generated_catalog_products(generated: Path, score: ModuleType, layout: str) -> None:
    pdf = generated / f"q-{layout}.pdf"
    result = score.score_products(truth(pdf)["products"], predictions(extract_products(pdf)))
    assert result.f1 >= 0.95, (result.missed, result.spurious)
    assert (result.price_accuracy or 1.0) >= 0.95
    assert (result.code_accuracy or 1.0) >= 0.95


def test_corpus_catalog_products(corpus: Path, labels: dict, score: ModuleType) -> None:
    total = score.ProductScore()
    for name, truth_file in labels["catalogs_with_truth"].items():
        expected = json.loads((corpus / truth_file).read_text(encoding="utf-8"))["products"]
        total.add(score.score_products(expected, predictions(extract_products(corpus / name))))
    assert total.f1 >= 0.9, (total.missed[:5], total.spurious[:5])


def test_documents_without_products_give_none(corpus: Path, labels: dict) -> None:
    counts = {}
    for name in sorted(labels["no_products"]):
        if name in SKIP:
            continue
        try:
            counts[name] = len(extract_products(corpus / name, pages=NON_CATALOG_PAGES))
        except PdfError:
            continue  # unreadable: nothing to extract, and the pipeline says why
    with_some = {name: n for name, n in counts.items() if n}
    assert len(with_some) <= 0.1 * len(counts), with_some
    assert max(counts.values()) <= 3, with_some


def test_a_scanned_catalog(
    tmp_path: Path, score: ModuleType, generator: ModuleType, ocr: Any
) -> None:
    written = generator.generate(tmp_path, scanned=True, layouts=("grid",))
    (pdf,) = [p for p in written if p.name.endswith("-scan.pdf")]
    found = extract_products(pdf, ocr=ocr, pages=(1, 1))
    expected = [p for p in truth(pdf)["products"] if p["page"] == 1]
    result = score.score_products(expected, predictions(found))
    assert result.f1 >= 0.85, (result.missed, result.spurious)
