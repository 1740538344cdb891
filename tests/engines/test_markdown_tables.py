"""Markdown tables: the header a table prints when its own first row is data (its column titles
set apart above it, or above the first of the sections of one list), or an empty header when
it has none, and the controls that keep a table's own header row and the text above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document
from pdfqueue.engines.markdown import to_markdown

SECTIONS = (
    (
        "4.1 Cement and lime binders",
        (
            ("Portland cement CEM II, bag 25 kg", "bag", "6,90"),
            ("Rapid-set cement, bag 25 kg", "bag", "8,40"),
            ("White cement, bag 25 kg", "bag", "12,15"),
            ("Hydrated lime, bag 20 kg", "bag", "7,30"),
        ),
    ),
    (
        "4.2 Ceramic and porcelain tiles",
        (
            ("Porcelain floor tile 60 x 60 cm", "m2", "21,59"),
            ("Ceramic wall tile 20 x 40 cm", "m2", "14,20"),
            ("Tile adhesive C1T, bag 25 kg", "bag", "9,75"),
            ("Grout, grey, bag 5 kg", "bag", "6,10"),
        ),
    ),
)


def _price_list(
    path: Path,
    titles: tuple[str, str, str, str] | None,
    note: str | None = None,
    titles_in_rows: bool = False,
) -> Path:
    """A builders' merchant's list: a letterhead, the column titles printed once under it (or
    none; or in the rows' own type and spacing, as the table's first row), a note, an outline
    heading, then a section heading over each section's rows (position, name, unit, price)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 46, "BUILDERS' YARD LTD")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 59, "12 Quarry Road, Leeds")

    def row(y: float, cells: tuple[str, str, str, str]) -> None:
        for text, x in zip(cells[:3], (64, 96, 352), strict=True):
            pdf.text(x, y, text)
        pdf.text(470 - pdf.get_string_width(cells[3]), y, cells[3])  # prices set right

    y = 86.0
    if note:
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, y, note)
        y += 20
    if titles and not titles_in_rows:
        pdf.set_font("Helvetica", "B", 7.5)
        row(y, titles)
        y += 20
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "4. BUILDING MATERIALS")
    y += 16
    for number, (heading, items) in enumerate(SECTIONS, 1):
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(40, y, heading)
        y += 16
        pdf.set_font("Helvetica", "", 8)
        if titles and titles_in_rows:
            row(y, titles)
            y += 14
        for k, (name, unit, price) in enumerate(items, 1):
            row(y, (f"4.{number}.{k}", name, unit, price))
            y += 14
        y += 12
    pdf.output(str(path))
    return path


def _markdown(path: Path) -> str:
    return to_markdown(analyse_document(path))


def _header(titles: list[str]) -> str:
    return "| " + " | ".join(titles) + " |\n|" + " --- |" * len(titles)


@pytest.mark.parametrize(
    ("printed", "header"),
    [
        (("Pos.", "Name", "Unit", "Price"), ["Pos.", "Name", "Unit", "Price"]),
        # two titles joined by a slash over the position and the name, left of them
        (("Code / Name", "", "Unit", "Price"), ["Code", "Name", "Unit", "Price"]),
    ],
)
def test_titles_printed_once_head_the_table_of_each_section(
    tmp_path: Path, printed: tuple[str, str, str, str], header: list[str]
) -> None:
    """The titles over the whole list head each section's table, are not left as a paragraph
    over the first, and no section's first row is taken for its header."""
    markdown = _markdown(_price_list(tmp_path / "list.pdf", printed))
    for heading, items in SECTIONS:
        number = heading.split()[0]
        first = f"| {number}.1 | {items[0][0]} | {items[0][1]} | {items[0][2]} |"
        assert f"## {heading}\n\n{_header(header)}\n{first}" in markdown, markdown
    assert markdown.count("Unit") == len(SECTIONS)  # printed as headers only, not as text


def test_titles_naming_no_price_list_s_roles_head_the_tables_too(tmp_path: Path) -> None:
    """Titles of any words (a weather table's "Station", "Rain mm") set once over the columns
    of a table in two regions' sections."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 50, "Rainfall and sunshine, 2025")
    titles = ("Station", "Place", "Rain mm", "Sun h")
    lefts = (64, 140, 330, 420)
    pdf.set_font("Helvetica", "B", 8)
    for text, x in zip(titles, lefts, strict=True):
        pdf.text(x, 82, text)
    regions = {
        "Northern uplands and valleys": [("N-1", "Upper Dale", "1 812", "1 202")],
        "Southern coast and islands": [("S-1", "Bay Point", "905", "1 677")],
    }
    regions["Northern uplands and valleys"] += [("N-2", "Moor End", "1 640", "1 188")]
    regions["Southern coast and islands"] += [("S-2", "Gull Isle", "812", "1 702")]
    y = 104.0
    for region, rows in regions.items():
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(40, y, region)
        y += 16
        pdf.set_font("Helvetica", "", 8)
        for cells in rows:
            for text, x in zip(cells, lefts, strict=True):
                pdf.text(x, y, text)
            y += 14
        y += 12
    pdf.output(str(tmp_path / "stations.pdf"))
    markdown = _markdown(tmp_path / "stations.pdf")
    for region, rows in regions.items():
        first = "| " + " | ".join(rows[0]) + " |"
        assert f"## {region}\n\n{_header(list(titles))}\n{first}" in markdown, markdown
    assert markdown.count("Station") == len(regions)  # printed as headers only, not as text


def test_a_table_without_titles_gets_an_empty_header_and_the_note_above_stays(
    tmp_path: Path,
) -> None:
    """No titles anywhere: each table prints an empty header line over all its rows; the
    one-line note above the list stays a paragraph of its own."""
    note = "All prices per unit in pounds, excluding VAT; delivery on request."
    markdown = _markdown(_price_list(tmp_path / "bare.pdf", None, note=note))
    assert f"\n\n{note}\n\n" in markdown
    for heading, items in SECTIONS:
        number = heading.split()[0]
        first = f"| {number}.1 | {items[0][0]} | {items[0][1]} | {items[0][2]} |"
        assert f"## {heading}\n\n{_header([''] * 4)}\n{first}" in markdown, markdown


def test_control_a_table_s_own_header_row_stays_its_header(tmp_path: Path) -> None:
    titles = ("Pos.", "Name", "Unit", "Price")
    markdown = _markdown(_price_list(tmp_path / "own.pdf", titles, titles_in_rows=True))
    for heading, items in SECTIONS:
        number = heading.split()[0]
        first = f"| {number}.1 | {items[0][0]} | {items[0][1]} | {items[0][2]} |"
        assert f"{_header(list(titles))}\n{first}" in markdown, markdown
    assert "|  |  |" not in markdown


def _page(*blocks: Block) -> str:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return to_markdown(DocumentLayout([page]))


def test_a_list_of_properties_and_values_gets_an_empty_header() -> None:
    """A data sheet's two columns, each row a property and its value: no header row."""
    rows = [["Voltage", "18 V"], ["Chuck", "13 mm"], ["Torque", "55 Nm"], ["Weight", "1.6 kg"]]
    markdown = _page(Block("table", (40, 100, 300, 160), "", rows=rows))
    assert f"{_header(['', ''])}\n| Voltage | 18 V |\n| Chuck | 13 mm |" in markdown


def test_control_titles_with_figures_over_other_figures_stay_the_header() -> None:
    """Years over amounts, sizes over prices, "1+" over the ladder's prices: titles."""
    tables = (
        [["Country", "2021", "2022"], ["Greece", "2,655.9", "8,891.5"], ["Chad", "42.4", "9.5"]],
        [["1 l", "2,5 l", "5 l"], ["4 990 Ft", "11 730 Ft", "21 960 Ft"], ["5 690 Ft", "", ""]],
        [["Qty", "1+", "10+"], ["Price", "€0.620", "€0.533"], ["Stock", "4 120", "4 120"]],
        [["Property", "Value"], ["Voltage", "18 V"], ["Chuck", "13 mm"]],
    )
    for rows in tables:
        markdown = _page(Block("table", (40, 100, 300, 160), "", rows=rows))
        assert f"{_header(rows[0])}\n| {' | '.join(rows[1])} |" in markdown, markdown


def test_control_a_letterhead_s_lines_are_no_titles_of_the_table_under_them() -> None:
    """A company's name and a document's title in large type right above a table of items:
    the table gets an empty header, the headings stay headings."""
    columns = [(40.0, 120.0), (250.0, 330.0), (420.0, 500.0)]
    rows = [["DSK-1600", "Desk 1600 x 800, oak", "416.38"], ["CHR-24", "Task chair", "252.35"]]
    rows += [["LMP-07", "Desk lamp, black", "39.90"]]
    markdown = _page(
        Block("heading", (40, 43, 235, 59), "Brampton Office Ltd", font_size=14, lines=["B"]),
        Block("heading", (406, 39, 500, 65), "CREDIT NOTE", font_size=22, lines=["CREDIT NOTE"]),
        Block("table", (40, 75, 500, 120), "", rows=rows, columns=columns),
    )
    assert "## Brampton Office Ltd\n\n# CREDIT NOTE\n\n|" in markdown
    assert "| Brampton" not in markdown and "| CREDIT" not in markdown


def test_a_section_s_table_takes_the_titles_of_the_table_above_with_its_columns() -> None:
    """A list's first section with its titles as its first row, the next section's table
    (same columns, a heading between) without: the titles head both. A first row of names
    with no column of figures under it titles nothing, and is not carried."""
    columns = [(40.0, 90.0), (120.0, 300.0), (400.0, 440.0)]
    first = [["Code", "Name", "Price"], ["A-10", "Oak chair", "12,50"], ["A-11", "Ash", "9,90"]]
    second = [["B-20", "Pine shelf", "13,10"], ["B-21", "Fir box", "8,80"]]
    markdown = _page(
        Block("table", (40, 100, 440, 140), "", rows=first, columns=columns),
        Block("heading", (40, 150, 200, 162), "Shelving", font_size=12, lines=["Shelving"]),
        Block("table", (40, 170, 440, 200), "", rows=second, columns=columns),
    )
    assert f"# Shelving\n\n{_header(first[0])}\n| B-20 | Pine shelf | 13,10 |" in markdown
    names = [["Oak", "Ash", "Elm"], ["Pine", "Fir", "Yew"]]
    markdown = _page(
        Block("table", (40, 100, 440, 140), "", rows=names, columns=columns),
        Block("heading", (40, 150, 200, 162), "Shelving", font_size=12, lines=["Shelving"]),
        Block("table", (40, 170, 440, 200), "", rows=second, columns=columns),
    )
    assert f"# Shelving\n\n{_header([''] * 3)}\n| B-20 | Pine shelf | 13,10 |" in markdown


def _contents(title: Block) -> str:
    columns = [(57.0, 69.0), (91.0, 495.0), (527.0, 539.0)]
    rows = [["1", "Scanning track …", "1"], ["2", "Dimensions of terminals …", "1"]]
    rows += [["3", "Transmission time …", "2"], ["4", "Coding scheme …", "3"]]
    return _page(
        Block("heading", (265, 57, 331, 70), "CONTENTS", font_size=12, lines=["CONTENTS"]),
        title,
        Block("table", (57, 97, 539, 172), "", rows=rows, columns=columns),
    )


def test_a_title_set_alone_over_a_table_s_last_column_heads_that_column() -> None:
    """A contents list's "Page", set alone right over its column of pages: that column's
    title, in the table's header, not a heading of its own."""
    page = Block("heading", (514, 77, 539, 90), "Page", font_size=12, bold=True, lines=["Page"])
    markdown = _contents(page)
    assert "# Page" not in markdown, markdown
    assert f"{_header(['', '', 'Page'])}\n| 1 | Scanning track … | 1 |" in markdown, markdown


def test_control_a_heading_over_a_table_s_first_column_or_set_large_stays_a_heading() -> None:
    """A section's name over the first column, a title set large, a note with a figure: no
    column's title."""
    section = Block("heading", (57, 77, 140, 90), "Annexes", font_size=12, lines=["Annexes"])
    assert "# Annexes\n" in _contents(section)
    large = Block("heading", (470, 60, 539, 90), "Invoice", font_size=24, lines=["Invoice"])
    assert "# Invoice\n" in _contents(large)
    sentence = Block("heading", (480, 77, 539, 90), "See p. 4", font_size=12, lines=["See p. 4"])
    assert "See p. 4" in _contents(sentence) and "| Page |" not in _contents(sentence)
