"""A line sheet: rows of a list, each beside its thumbnail (style number, name, fabric,
colours, sizes, wholesale and retail prices in columns side by side); and the look-alikes
with photos beside rows of short cells that name no product."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 792, 612)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _cell(left: float, top: float, lines: list[str], size: float = 9.0) -> Block:
    right = left + 0.5 * size * max(len(line) for line in lines)
    box = (left, top, right, top + 11.0 * len(lines))
    return Block("paragraph", box, " ".join(lines), font_size=size, lines=lines)


def _rows(cells: list[list[tuple[float, list[str], float]]]) -> list[Block]:
    blocks = []
    for n, row in enumerate(cells):
        top = 82.0 + 82 * n
        blocks.append(Block("figure", (36, top, 90, top + 72), "", image_index=n))
        blocks += [_cell(left, top + 13, lines, size) for left, lines, size in row]
    return blocks


def _style(code: str, name: str, fabric: str, colours: list[str], whsl: str, rrp: str) -> list:
    return [
        (110, [code], 9.0),
        (180, [name], 10.0),
        (330, [fabric], 8.5),
        (474, colours, 8.5),
        (600, ["One size"], 8.5),
        (661, [whsl], 9.5),
        (727, [rrp], 9.5),
    ]


def test_rows_beside_thumbnails_with_names_and_prices_are_products() -> None:
    blocks = _rows(
        [
            _style(
                "MF26-118",
                "Harbour Linen Shirt",
                "100% linen",
                ["Ecru", "Navy"],
                "$25.00",
                "$61.95",
            ),
            _style("MF26-121", "Dune Wide Trouser", "55% linen", ["Sand"], "$34.00", "$84.95"),
            _style(
                "MF26-122",
                "Coastline Knit Polo",
                "100% cotton",
                ["Stone", "sage"],
                "$27.00",
                "$66.95",
            ),
        ]
    )
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Harbour Linen Shirt", ["$25.00", "$61.95"]),
        ("Dune Wide Trouser", ["$34.00", "$84.95"]),
        ("Coastline Knit Polo", ["$27.00", "$66.95"]),
    ]


def test_a_staff_directory_s_rows_beside_portraits_are_no_products() -> None:
    blocks = _rows(
        [
            [
                (110, ["Anna Kowalska"], 10),
                (260, ["Head of Sales"], 9),
                (420, ["+48 22 555 12 34"], 9),
                (600, ["Room 214"], 9),
            ],
            [
                (110, ["Piotr Nowak"], 10),
                (260, ["Service Manager"], 9),
                (420, ["+48 22 555 12 35"], 9),
                (600, ["Room 108"], 9),
            ],
            [
                (110, ["Ewa Zielinska"], 10),
                (260, ["Accountant"], 9),
                (420, ["+48 22 555 12 36"], 9),
                (600, ["Room 110"], 9),
            ],
        ]
    )
    assert products_from_layout(_page(*blocks)) == []


def test_a_newsletter_s_rows_beside_photos_with_dates_are_no_products() -> None:
    blocks = _rows(
        [
            [
                (110, ["Spring Fair"], 10),
                (260, ["Saturday 14 May 2026"], 9),
                (450, ["Town Hall"], 9),
                (600, ["10:00 - 16:00"], 9),
            ],
            [
                (110, ["Book Club"], 10),
                (260, ["Tuesday 17 May 2026"], 9),
                (450, ["Library"], 9),
                (600, ["18:30"], 9),
            ],
            [
                (110, ["Summer Run"], 10),
                (260, ["Sunday 5 June 2026"], 9),
                (450, ["Riverside"], 9),
                (600, ["09:00"], 9),
            ],
        ]
    )
    assert products_from_layout(_page(*blocks)) == []


def test_a_company_profile_s_photos_beside_prose_with_amounts_are_no_products() -> None:
    prose = [
        "Founded in 1998, the group now employs 1,200 people and",
        "turned over $85.00 million last year across three continents.",
    ]
    blocks = _rows([[(110, prose, 9.0), (500, ["Since 1998"], 9.0), (650, ["$85.00m"], 9.0)]])
    assert products_from_layout(_page(*blocks)) == []


def test_a_row_s_name_is_its_first_name_cell_however_large_a_later_cell_is_read() -> None:
    rows = [
        _style("MF26-122", "Coastline Knit Polo", "100% cotton", ["Stone"], "$27.00", "$66.95"),
        _style("MF26-123", "Marina Wrap Dress", "100% lyocell", ["Ink"], "$67.00", "$166.95"),
    ]
    rows[0][3] = (474, ["sage"], 13.0)  # a colour OCR read half as large again
    products = products_from_layout(_page(*_rows(rows)))
    assert [p.name for p in products] == ["Coastline Knit Polo", "Marina Wrap Dress"]
