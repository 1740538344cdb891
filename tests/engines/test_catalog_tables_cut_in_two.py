"""A table the table finder cut in two at a wider gap between its rows (the row after its
first wrapped onto two lines): its titles and first row a table too short to be read alone,
the rest a table of as many columns right under it. Read as one, the first row is a product
too; it was lost. Controls: a table of its own titles under the first (the next section's)
and a table far below stay apart."""

from __future__ import annotations

from catalog_blocks import ROW_HEIGHT, one_page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout

TITLES = ["Code", "Name", "Size cm", "Pack m² / pcs", "Price / m²", "Price / pack"]
FIRST = ["TE895-65", "Terra Cotta facade tile", "6,5×24,5", "0,56 / 35", "189,00", "105,84"]
REST = [
    ["TE468-33", "Terra Cotta floor tile", "33×33", "1,00 / 9", "109,90", "109,90"],
    ["", "octagonal", "", "", "", ""],
    ["TE985-24", "Terra Cotta facade corner", "24,5×11,5", "— / 20", "8,90", "8,90"],
]


def _names(gap: float, second_titles: bool = False) -> list[str]:
    first = _table([TITLES, FIRST], top=100.0)
    rest = [TITLES, *REST] if second_titles else REST
    second = _table(rest, top=first.bottom + gap)
    return [p.name for p in products_from_layout(one_page(first, second))]


def test_a_table_cut_after_its_first_row_is_read_as_one() -> None:
    assert _names(gap=1.5 * ROW_HEIGHT) == [
        "Terra Cotta facade tile",
        "Terra Cotta floor tile octagonal",
        "Terra Cotta facade corner",
    ]


def test_a_table_of_its_own_titles_or_far_below_stays_apart() -> None:
    assert "Terra Cotta facade tile" not in _names(gap=1.5 * ROW_HEIGHT, second_titles=True)
    assert "Terra Cotta facade tile" not in _names(gap=6 * ROW_HEIGHT)
