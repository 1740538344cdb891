"""A group's title printed across a table over the rows it groups ("Bathroom", "Group:
Fasteners": the row's first cell alone filled) was a row of data in the Markdown, an item with
empty cells. It is a bold line of its own, and the rows under it a table again under the same
header. Controls: a line set small under a row (`Block.asides`, a wine's producer), a name's
wrapped tail in lowercase and a table of two columns keep their rows."""

from __future__ import annotations

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.markdown import to_markdown

HEADER = ["Product", "Description", "Price", "Order code"]


def _markdown(rows: list[list[str]], asides: list[str] | None = None) -> str:
    table = Block("table", (40, 100, 555, 100 + 14 * len(rows)), "", rows=rows)
    table.asides = asides or []
    page = PageLayout(1, 600, 800, blocks=[table])
    return to_markdown(DocumentLayout([page]))


def test_a_group_s_title_across_the_table_is_a_bold_line_over_its_rows() -> None:
    rows = [
        HEADER,
        ["Group: Fasteners", "", "", ""],
        ["Hex bolt M8", "Zinc plated, box of 50", "$12.40", "FB-1008"],
        ["Wing nut M6", "Stainless, box of 100", "$8.90", "FN-0606"],
        ["Group: Hinges", "", "", ""],
        ["Butt hinge 75 mm", "Brass, pair", "$6.15", "HB-0750"],
    ]
    markdown = _markdown(rows)
    assert "| Group: Fasteners |" not in markdown and "| Group: Hinges |" not in markdown
    fasteners = markdown.index("**Group: Fasteners**")
    hinges = markdown.index("**Group: Hinges**")
    assert fasteners < markdown.index("| Hex bolt M8 |") < hinges
    assert hinges < markdown.index("| Butt hinge 75 mm |")
    # each group's rows under the table's header
    assert markdown.count("| Product | Description | Price | Order code |") == 2


def test_controls_an_aside_a_wrapped_tail_and_two_columns_keep_their_rows() -> None:
    wine = [
        ["Wine", "Vintage", "Bottle", "Case"],
        ["Château Margaux", "2015", "890,00", "10.200,00"],
        ["Domaine Leroy", "", "", ""],
        ["Barolo Riserva", "2013", "120,00", "1.380,00"],
    ]
    assert "| Domaine Leroy |  |  |  |" in _markdown(wine, asides=["Domaine Leroy"])
    wrapped = [
        HEADER,
        ["Poly mailer LDPE 325 x 425 mm", "White", "$84.50", "EN-LD-32"],
        ["with peel and seal strip", "", "", ""],
        ["Paper bag 240 x 110 mm", "Brown", "$39.90", "BG-PAP-24"],
    ]
    assert "| with peel and seal strip |  |  |  |" in _markdown(wrapped)
    pairs = [["Colour", "Red"], ["Weight", "2 kg"], ["Finish", ""], ["Size", "XL"]]
    assert "| Finish |  |" in _markdown(pairs)
