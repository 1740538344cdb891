"""An amount set as an estimate ("Estimated cost £6.50", "Perkiraan biaya Rp 28.000": a
recipe's cost for four, a project's budget) is what something comes to, not a price anyone
offers: a photo captioned with it is no product. A price by its label stays one."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import offers_price
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(facts: str) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = [
        Block("figure", (60, 60, 300, 240), "", image_index=0),
        Block("caption", (60, 250, 240, 266), "Sayur Asem Jakarta", font_size=14),
        Block("paragraph", (60, 270, 420, 280), facts, font_size=9),
    ]
    return DocumentLayout([page])


@pytest.mark.parametrize(
    "facts",
    [
        "Untuk 4 porsi · Waktu 45 menit · Perkiraan biaya Rp 28.000",
        "Serves 4 · 45 minutes · Estimated cost £6.50",
        "Para 4 pessoas · 45 minutos · Custo estimado: 8,40 €",
    ],
)
def test_a_dish_captioned_with_its_estimated_cost_is_no_product(facts: str) -> None:
    assert products_from_layout(_page(facts)) == []


def test_a_dish_captioned_with_its_price_is_a_product() -> None:
    products = products_from_layout(_page("Untuk 4 porsi · Harga Rp 28.000"))
    assert [(p.name, p.prices) for p in products] == [("Sayur Asem Jakarta", ["Rp 28.000"])]


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("Approx. $40 for the set", False),
        ("Estimated cost $12.50", False),
        ("Price $40", True),
        ("Oak Chair £149", True),
        ("from £12.99", True),
    ],
)
def test_an_estimate_offers_no_price(line: str, offered: bool) -> None:
    assert offers_price(line) is offered
