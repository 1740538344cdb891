"""A property-trading game's title deeds offer nothing: each card prices what one player pays
another for landing on a site (its rent bare, with houses, with a hotel) and what the site may
be mortgaged for, in the game's money. A shop that rents instruments to young players prices
its rents for customers and mortgages nothing: it keeps its products."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

# site, rents (bare, 1 to 3 houses, hotel), mortgage value, house cost
SITES = (
    ("DOCK ROAD", (3, 15, 45, 130, 220), 35, 50),
    ("ROPEWALK", (5, 25, 75, 210, 350), 45, 50),
    ("SALT QUAY", (7, 35, 100, 290, 480), 55, 100),
)
LABELS = ("Rent", "With 1 house", "With 2 houses", "With 3 houses", "With a hotel")


def _deeds(note: str) -> FPDF:
    """Cards side by side, each its site's name over its rents and values, `note` under it."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 46, "HARBOUR BARONS - property cards")
    for k, (site, rents, mortgage, house) in enumerate(SITES):
        x = 40 + k * 175
        pdf.rect(x, 70, 160, 220)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(x + 40, 95, site)
        pdf.set_font("Helvetica", "", 8)
        y = 125
        values = [*zip(LABELS, rents, strict=True), ("Mortgage value", mortgage)]
        for label, value in [*values, ("Each house costs", house)]:
            pdf.text(x + 10, y, label)
            pdf.text(x + 150 - pdf.get_string_width(f"${value}"), y, f"${value}")
            y += 13
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(x + 10, y + 10, note)
    return pdf


def test_a_game_s_title_deeds_offer_nothing(tmp_path: Path) -> None:
    assert (
        products_of_pdf(_deeds("A player owning the whole set doubles the rent."), tmp_path) == []
    )


def test_rents_priced_for_customers_keep_their_products(tmp_path: Path) -> None:
    # an instrument shop's prices and rents, for young players: no mortgage value
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 46, "Rent an instrument - for young players")
    pdf.set_font("Helvetica", "B", 8)
    rows = (
        ("Instrument", "Code", "Price", "Rent per month"),
        ("Student trumpet in B flat", "RT-101", "$389.00", "$18.00"),
        ("Student flute, closed holes", "RF-204", "$349.00", "$16.00"),
        ("Half-size violin outfit", "RV-050", "$299.00", "$14.00"),
        ("Alto saxophone, student", "RS-310", "$899.00", "$29.00"),
    )
    y = 90
    for n, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if n == 0 else "", 8)
        for x, cell in zip((42, 240, 330, 450), row, strict=True):
            pdf.text(x, y, cell)
        pdf.line(40, y + 4, 555, y + 4)
        y += 16
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [r[0] for r in rows[1:]]
    assert products[0].prices[0] == "$389.00"
