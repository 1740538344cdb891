"""A parts list whose column titles are set apart above a section heading: "Part" titles the
parts' names (beside "Our No." and "OE No." over codes) and "Net £" the prices."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import column_title_role
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _cell(left: float, right: float, text: str, top: float = 80.0) -> Block:
    return Block("paragraph", (left, top, right, top + 10), text, font_size=8, lines=[text])


def _titles(texts: list[str]) -> list[Block]:
    edges = [(40, 56), (235, 264), (300, 327), (390, 425), (535, 555)]
    return [_cell(a, b, t) for (a, b), t in zip(edges, texts, strict=True)]


ROWS = [
    ["Oil filter element", "PL-40417", "04E 115 561", "Mahle OX 388D", "7.45"],
    ["Air filter panel", "PL-40427", "5Q0 129 620", "Mann C 35 154", "11.20"],
    ["Brake pad set, front axle", "PL-40464", "5Q0 698 151", "Bosch 0 986 494 660", "32.90"],
    ["Brake disc, front vented", "PL-40479", "5Q0 615 301", "Brembo BD-1412", "41.60"],
]


def test_part_alone_titles_the_names_and_a_pound_sign_the_prices() -> None:
    assert column_title_role("Part") == "name"
    assert column_title_role("Part No.") == "code"
    assert column_title_role("Net £") == "price"


def test_a_parts_list_under_titles_set_apart_names_its_rows_by_the_part_column() -> None:
    heading = _cell(44, 247, "VOLKSWAGEN GOLF VII 1.6 TDI (2013 - 2020)", top=105)
    table = Block("table", (40.0, 126.0, 555.0, 126.0 + 16.0 * len(ROWS)), "", rows=ROWS)
    blocks = [*_titles(["Part", "Our No.", "OE No.", "Replaces", "Net £"]), heading, table]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [r[0] for r in ROWS]
    assert products[0].codes[0] == "PL-40417"
    assert products[0].prices == ["7.45"]


def test_a_timetable_titled_part_is_no_price_list() -> None:
    rows = [
        ["Opening address", "09:00", "Hall A"],
        ["Keynote on supply chains", "09:30", "Hall A"],
        ["Panel discussion", "10:30", "Room 2"],
        ["Closing remarks", "11:45", "Hall A"],
    ]
    table = Block("table", (40.0, 126.0, 555.0, 190.0), "", rows=rows)
    blocks = [_cell(40, 56, "Part"), _cell(235, 264, "Time"), _cell(300, 327, "Room"), table]
    assert products_from_layout(_page(*blocks)) == []
