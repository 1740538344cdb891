"""Books drawn standing on a shelf, each titled along its spine (its author under the title),
a price ticket upright on the shelf's edge under each: the titles set the frame the page is
read in, so the tickets are turned against it, and each prices the spine level with it. A page
set sideways whose upright note holds a price keeps its own products and makes no book."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

BOOKS = (
    ("The Lantern Keeper", "Ruth Okoye", "£8.99"),
    ("Small Rain over Kent", "Harriet Vale", "£12.50"),
    ("A Map of Quiet Rivers", "Dario Marchetti", "£9.99"),
    ("Salt and Iron", "Tomasz Wren", "£14.00"),
    ("The Orchard Ledger", "Alys Penhale", "£10.99"),
)


def _shelf(books: tuple[tuple[str, str, str], ...]) -> FPDF:
    """One shelf of spines, titles and authors turned to read top to bottom, a ticket under
    each on the shelf's edge, a small heading over it all."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 40, "Our picks")
    plank = 400.0
    pdf.set_fill_color(140, 100, 60)
    pdf.rect(36, plank, 520, 20, style="F")
    x = 50.0
    for title, author, price in books:
        pdf.set_fill_color(230, 220, 190)
        pdf.rect(x, plank - 200, 50, 200, style="DF")
        pdf.set_font("Times", "B", 10)
        with pdf.rotation(-90, x + 32, plank - 190):
            pdf.text(x + 32, plank - 190, title)
        pdf.set_font("Helvetica", "", 7)
        with pdf.rotation(-90, x + 20, plank - 190):
            pdf.text(x + 20, plank - 190, author)
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x + 8, plank + 5, 34, 12, style="DF")
        pdf.text(x + 10, plank + 14, price)
        x += 60
    return pdf


def test_spines_on_a_shelf_are_priced_by_their_tickets(tmp_path: Path) -> None:
    products = products_of_pdf(_shelf(BOOKS), tmp_path)
    assert sorted((p.name, p.prices[0]) for p in products) == sorted(
        (title, price) for title, _, price in BOOKS
    )


def test_a_page_set_sideways_keeps_its_products(tmp_path: Path) -> None:
    # a price list turned on its side, an upright note in the margin with a price of its own
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    rows = [(title, f"BK-{n:03d}", price) for n, (title, _, price) in enumerate(BOOKS)]
    with pdf.rotation(-90, 300, 420):
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(80, 300, "Spring list - paperbacks")
        pdf.set_font("Helvetica", "", 9)
        for n, row in enumerate([("Title", "Code", "Price"), *rows]):
            for x, cell in zip((80, 300, 420), row, strict=True):
                pdf.text(x, 330 + n * 16, cell)
    pdf.set_font("Helvetica", "", 7)
    pdf.text(40, 810, "Postage")
    pdf.text(80, 810, "£3.95")
    products = products_of_pdf(pdf, tmp_path)
    assert sorted(p.name for p in products) == sorted(r[0] for r in rows)
