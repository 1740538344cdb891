"""A price list's groups set as headings between its rows ("Garden", "Bathroom" bold and
larger, across the table under the column titles printed once at the top): the layout reads
the first group's title apart, as the heading between the column titles and the first row,
and the others as rows of the table with their first cell alone filled. They are peers: each
group's title is a heading of the first's level. Control: a list whose column titles stand
right over its rows, under the page's heading, keeps its groups as bold lines under that
heading."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.markdown import to_markdown

GROUPS = {
    "Garden": ("Awesome Frozen Salad", "Rustic Soft Ball", "Sleek Concrete Computer"),
    "Bathroom": ("Practical Metal Fish", "Used Cotton Hat", "Small Concrete Shirt"),
    "Workshop": ("Used Steel Cheese", "Generic Steel Shirt", "Licensed Fresh Gloves"),
}
COLUMNS = (("Product", 40), ("Description", 220), ("Price", 400), ("Order code", 480))


def _price_list(path: Path, first_group_over_titles: bool) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 60.0
    if first_group_over_titles:
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, y, "Price list")
        y += 30
    pdf.set_font("Helvetica", "B", 9)
    for title, x in COLUMNS:
        pdf.text(x, y, title)
    y += 22
    for group_index, (group, names) in enumerate(GROUPS.items()):
        if not (first_group_over_titles and group_index == 0):
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(40, y, group)
            y += 24
        for n, name in enumerate(names):
            pdf.set_font("Helvetica", "", 8)
            pdf.text(40, y, name)
            pdf.text(220, y, "Sturdy design for everyday use")
            pdf.text(420, y, f"${100 + 7 * n + group_index}.50")
            pdf.text(480, y, f"FH-{3411 + 10 * n + group_index}")
            y += 20
        y += 12
    pdf.output(str(path))
    return path


def test_groups_between_the_rows_are_peer_headings(tmp_path: Path) -> None:
    document = analyse_document(_price_list(tmp_path / "list.pdf", False))
    markdown = to_markdown(document)
    for group in GROUPS:
        assert f"\n# {group}\n" in markdown, markdown


def test_control_groups_under_the_page_heading_stay_bold(tmp_path: Path) -> None:
    document = analyse_document(_price_list(tmp_path / "titled.pdf", True))
    markdown = to_markdown(document)
    assert "# Price list" in markdown, markdown
    for group in list(GROUPS)[1:]:
        assert f"# {group}" not in markdown, markdown
