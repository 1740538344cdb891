"""A grid's cells are no sections: the names of product cards set level side by side, four a
row, are printed bold, the page's heading over the grid stays its one heading (and the chunks'
path). Controls: sections set side by side over prose in their columns (a newsletter's) stay
headings, and so do two cards a row and a list of products one under another."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.chunking import chunk_layout
from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.markdown import to_markdown

NAMES = (
    "Ergonomic Rubber Tuna",
    "Sleek Frozen Bike",
    "Practical Granite Car",
    "Licensed Cotton Salad",
    "Awesome Fresh Salad",
    "Incredible Plastic Shoes",
    "Sleek Concrete Bacon",
    "Generic Rubber Gloves",
)
PROSE = (
    "The council met on Tuesday to discuss the new",
    "cycle lanes along the river, and agreed to ask",
    "the residents of each district for their views",
    "before the work starts in the spring of next",
    "year, when the road is closed for repairs.",
)


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def _cards(path: Path, per_row: int) -> Path:
    """A category heading, then cards: a bold name, a grey photo box, "SKU: ..." and a
    price."""
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 66, "Storage")
    pitch = 520 / per_row
    for index, name in enumerate(NAMES):
        x, y = 40 + (index % per_row) * pitch, 88 + (index // per_row) * 200
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(x, y + 10, name)
        pdf.set_fill_color(200, 200, 200)
        pdf.rect(x, y + 24, pitch - 14, 90, style="F")
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x, y + 132, f"SKU: AB-{1000 + index}")
        pdf.text(x, y + 146, f"${20 + index}.95")
    pdf.output(str(path))
    return path


def test_the_names_of_cards_side_by_side_are_no_headings(tmp_path: Path) -> None:
    document = analyse_document(_cards(tmp_path / "cards.pdf", per_row=4))
    markdown = to_markdown(document)
    assert "# Storage" in markdown, markdown
    for name in NAMES:
        assert f"**{name}**" in markdown, markdown
        assert f"# {name}" not in markdown
    paths = {tuple(chunk.heading_path) for chunk in chunk_layout(document)}
    assert paths == {("Storage",)}, paths


def test_control_two_cards_a_row_keep_their_headings(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_cards(tmp_path / "pairs.pdf", per_row=2)))
    for name in NAMES:
        assert f"# {name}" in markdown, markdown


def test_control_sections_side_by_side_over_prose_stay_headings(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 60, "Village news")
    for column, title in enumerate(("Roads", "Schools", "Markets")):
        x = 40 + column * 180
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(x, 100, title)
        pdf.set_font("Helvetica", "", 8)
        for line, text in enumerate(PROSE):
            pdf.text(x, 120 + 11 * line, text)
    path = tmp_path / "news.pdf"
    pdf.output(str(path))
    markdown = to_markdown(analyse_document(path))
    for title in ("Roads", "Schools", "Markets"):
        assert f"# {title}" in markdown, markdown


def test_control_products_one_under_another_keep_their_headings(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(50, 70, "Our products")
    for row, name in enumerate(NAMES[:4]):
        y = 100 + row * 100
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(175, y, name)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(175, y + 15, "Easy to care for, every day")
        pdf.text(175, y + 29, f"Ref. AB-{1000 + row}   Size 56 x 84 cm")
    path = tmp_path / "list.pdf"
    pdf.output(str(path))
    markdown = to_markdown(analyse_document(path))
    for name in NAMES[:4]:
        assert f"# {name}" in markdown, markdown
