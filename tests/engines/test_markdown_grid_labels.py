"""A grid's cells are no sections: the names of product cards set level side by side, four a
row, are printed bold, the page's heading over the grid stays its one heading (and the chunks'
path); so are a chart's legend's labels set large line under line. Controls: sections set
side by side over prose in their columns (a newsletter's) stay headings, and so do two cards a
row, a list of products one under another and three labels stacked."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.chunking import chunk_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document
from pdfqueue.engines.markdown import grid_labels, to_markdown

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


def test_control_two_cards_a_row_are_no_grid_s_labels(tmp_path: Path) -> None:
    # (each name over one price is an entry's name, printed bold: `entry_names`; the grid's
    # rule itself leaves two cards a row alone)
    page = analyse_document(_cards(tmp_path / "pairs.pdf", per_row=2)).pages[0]
    names = {i for i, b in enumerate(page.blocks) if b.text in NAMES}
    assert len(names) == len(NAMES), page.blocks
    assert not names & grid_labels(page)


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


# --- a column of labels (a chart's legend) -------------------------------------------------


def _legend(labels: int) -> DocumentLayout:
    """A report's page as the layout reads it: a heading and its text, a chart (its shares
    printed on it, each read between two labels) and its legend beside it, the labels set
    large, one heading each, line under line; then a section with its text."""
    text = " ".join(PROSE)
    page = PageLayout(1, 595, 842)
    page.blocks = [
        Block("heading", (40, 41, 178, 65), "Survey results", font_size=20, lines=["Survey"]),
        Block("paragraph", (40, 81, 251, 144), text, font_size=10, lines=list(PROSE)),
        Block("figure", (60, 200, 260, 400), "", image_index=0),
    ]
    for number in range(labels):
        top = 215 + 24 * number
        label = f"District {number + 1}"
        page.blocks.append(Block("heading", (400, top, 462, top + 20), label, font_size=16))
        page.blocks[-1].lines = [label]
        share = f"{5 + 7 * number}%"
        page.blocks.append(Block("paragraph", (150, top, 170, top + 12), share, font_size=10))
    page.blocks += [
        Block("heading", (40, 445, 106, 464), "Methods", font_size=16, lines=["Methods"]),
        Block("paragraph", (40, 476, 251, 539), text, font_size=10, lines=list(PROSE)),
    ]
    return DocumentLayout([page])


def test_a_legend_of_labels_line_under_line_is_no_headings() -> None:
    document = _legend(labels=6)
    markdown = to_markdown(document)
    for number in range(1, 7):
        assert f"**District {number}**" in markdown, markdown
        assert f"# District {number}" not in markdown
    assert "# Survey results" in markdown and "# Methods" in markdown
    paths = {tuple(chunk.heading_path) for chunk in chunk_layout(document)}
    assert paths == {("Survey results",), ("Survey results", "Methods")}, paths


def test_control_three_labels_stacked_stay_headings() -> None:
    markdown = to_markdown(_legend(labels=3))
    for number in range(1, 4):
        assert f"# District {number}" in markdown, markdown
