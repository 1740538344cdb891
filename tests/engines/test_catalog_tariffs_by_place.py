"""A carrier's tariff whose rows name only places (countries, regions) down the side, priced
by weight or distance across: no row is an article, whether its columns are bands ("up to
1 kg", "bis 5 kg", "0-50 km") whose charge rises band by band or weights under a first
column titled as places ("Country", "Destination", "Land"), whether the titles head the
table or are set once over sections of rows ("Europe", "Overseas"). A coffee list names its
lots by country too, priced per pack ("250 g | 1 kg"); a coal merchant's quantity breaks are
bands whose price per tonne falls; a garden centre's packs are weights: all stay products."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.rate_cards import weight_band_tariff
from pdfqueue.engines.layout import Block

COUNTRIES = ["Germany", "France", "Austria", "Netherlands", "Belgium", "Italy"]
LANDS = ["Deutschland", "Österreich", "Schweiz", "Frankreich", "Italien"]
REGIONS = ["North", "South", "East", "West", "Central"]
COFFEE = ["Ethiopia Yirgacheffe", "Colombia Supremo", "Brazil Santos", "Kenya AA", "Guatemala"]
COMPOST = ["Potting compost", "Rose feed", "Lawn seed", "Bark mulch"]
COAL = ["Anthracite", "Smokeless ovoids", "Kiln dried logs", "Coke"]


def _amount(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _grid(heading: str, first: str, columns: list[str], rows: list[list[str]]) -> FPDF:
    """A table under a heading: the first column's title, then `columns`, right-aligned."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, heading)
    pdf.set_font("Helvetica", "B", 9)
    rights = [260 + 80 * i for i in range(len(columns))]
    pdf.text(40, 90, first)
    for right, title in zip(rights, columns, strict=True):
        pdf.text(right - pdf.get_string_width(title), 90, title)
    pdf.set_font("Helvetica", "", 9)
    for n, row in enumerate(rows, start=1):
        y = 90 + 16 * n
        pdf.text(40, y, row[0])
        for right, cell in zip(rights, row[1:], strict=True):
            pdf.text(right - pdf.get_string_width(cell), y, cell)
    return pdf


def _rising(names: list[str], bands: int) -> list[list[str]]:
    return [
        [name, *(_amount(4.9 + 1.3 * i + 2.1 * j) + " €" for j in range(bands))]
        for i, name in enumerate(names)
    ]


@pytest.mark.parametrize(
    ("first", "columns", "names"),
    [
        ("Country", ["up to 1 kg", "1-2 kg", "2-5 kg", "5-10 kg"], COUNTRIES),
        ("Country", ["1 kg", "2 kg", "5 kg", "10 kg"], COUNTRIES),
        ("", ["bis 2 kg", "bis 5 kg", "bis 10 kg", "bis 31,5 kg"], LANDS),
        ("", ["0-50 km", "51-100 km", "101-200 km"], REGIONS),
    ],
    ids=["bands-by-country", "weights-under-country", "bands-untitled", "distance-bands"],
)
def test_a_tariff_by_place_and_weight_offers_nothing(
    tmp_path: Path, first: str, columns: list[str], names: list[str]
) -> None:
    pdf = _grid("Parcel rates 2026", first, columns, _rising(names, len(columns)))
    assert products_of_pdf(pdf, tmp_path) == []


def _sectioned(first: str, columns: list[str], sections: list[tuple[str, list[str]]]) -> FPDF:
    """Column titles set once at the top ("Destination | Transit | 1 kg | 2 kg | 5 kg"), then
    sections of rows, each under a heading of its own."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 40, "Rates 2026")
    pdf.set_font("Helvetica", "B", 8)
    lefts = [40, 150] + [230 + 75 * i for i in range(len(columns))]
    for x, title in zip(lefts, [first, "Transit", *columns], strict=True):
        pdf.text(x, 70, title)
    y, n = 70.0, 0
    for heading, names in sections:
        y += 22
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, heading)
        pdf.set_font("Helvetica", "", 8)
        for name in names:
            y, n = y + 14, n + 1
            pdf.text(40, y, name)
            pdf.text(150, y, f"{2 + n % 3}-{4 + n % 3} days")
            for j, x in enumerate(lefts[2:]):
                pdf.text(x, y, _amount(5 + 0.7 * n + 2.3 * j) + " €")
    return pdf


SECTIONS = [("Europe", COUNTRIES[:4]), ("Overseas", ["Canada", "Brazil", "Japan", "Australia"])]


@pytest.mark.parametrize(
    ("first", "columns"),
    [("Destination", ["1 kg", "2 kg", "5 kg"]), ("Land", ["bis 2 kg", "bis 5 kg", "bis 10 kg"])],
    ids=["weights-titled-once", "bands-titled-once"],
)
def test_a_tariff_titled_once_over_sections_offers_nothing(
    tmp_path: Path, first: str, columns: list[str]
) -> None:
    assert products_of_pdf(_sectioned(first, columns, SECTIONS), tmp_path) == []


def test_a_coffee_list_by_origin_titled_once_stays(tmp_path: Path) -> None:
    lots = [("Africa", [*COFFEE[:2], "Rwanda Huye"]), ("Americas", COFFEE[2:])]
    products = products_of_pdf(_sectioned("Lot", ["250 g", "1 kg", "5 kg"], lots), tmp_path)
    assert [p.name for p in products] == [name for _, names in lots for name in names]


@pytest.mark.parametrize(
    ("first", "columns", "names"),
    [
        ("Origin", ["250 g", "500 g", "1 kg"], COFFEE),
        ("", ["250 g", "500 g", "1 kg"], COFFEE),
        ("Product", ["5 kg", "10 kg", "25 kg"], COMPOST),
    ],
    ids=["coffee-by-origin", "coffee-untitled", "compost-packs"],
)
def test_a_shop_s_list_by_pack_stays(
    tmp_path: Path, first: str, columns: list[str], names: list[str]
) -> None:
    rows = _rising(names, len(columns))
    products = products_of_pdf(_grid("Price list 2026", first, columns, rows), tmp_path)
    assert [p.name for p in products] == names


def test_bands_whose_price_falls_are_quantity_breaks_not_a_tariff() -> None:
    """A merchant's price per tonne falls as the quantity rises; a carrier's charge rises
    with the weight carried."""
    columns = ["up to 1 t", "1-5 t", "over 5 t"]

    def table(step: float) -> Block:
        rows = [
            [n, *(_amount(320 + step * j + 10 * i) for j in range(3))] for i, n in enumerate(COAL)
        ]
        return Block("table", (40, 80, 500, 180), "", rows=[["", *columns], *rows])

    assert weight_band_tariff(table(+15))
    assert not weight_band_tariff(table(-15))
