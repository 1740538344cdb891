"""An electronics distributor's parametric table: its column titles set once at the top, the
price breaks' titles under a title of their group ("Price breaks (qty)" over "1+ | 10+ |
100+"), section bands between the titles and each section's rows; per row the stock number,
the maker's part number, the maker, the package, ratings ("600 mA"), the unit prices by
quantity bought (bare amounts of two or three decimals, a footnote's mark after some) and the
stock. A row is one product, named by the maker's part number, coded by the stock number then
the part number, priced by the breaks left to right, without the marks; a rating is no size.
Controls: the same table with a column of names (the names name the rows), and breaks whose
quantities do not rise (no price breaks)."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

ROWS = [
    ["270-8493", "AP2112K-3.3TRG1", "Diodes Inc", "SOT-23-5", "3.3", "600 mA"],
    ["739-8786", "LM1117IMP-3.3", "TI", "SOT-223 ¹", "3.3", "800 mA"],
    ["303-4492", "MCP1700T-3302E/TT", "Microchip", "SOT-23", "3.3", "250 mA"],
    ["213-5162", "REF3033AIDBZR", "TI", "SOT-23", "3.3", "25 mA"],
]
PRICES = [
    ["0.380", "0.312", "0.243*"],
    ["0.920", "0.754", "0.589"],
    ["0.410", "0.336", "0.262*"],
    ["1.22", "1.00", "0.781"],
]
STOCK = ["12,480", "12,480", "1,404", "On order"]
TITLES = ["Stock no.", "Mfr part no.", "Mfr", "Package", "Vout (V)", "Iout"]
LEFTS = [40, 104, 238, 306, 365, 513, 594, 653, 708, 776]


def _title(left: float, text: str, top: float = 71) -> Block:
    lines = text.split("\n")
    box = (left, top - 11 * (len(lines) - 1), left + 6 * max(len(x) for x in lines), top + 9)
    return Block("paragraph", box, text, font_size=7.5, bold=True, lines=lines)


def _page(breaks: tuple[str, str, str], named: bool = False) -> list[Block]:
    titles = [*TITLES, f"Price breaks (qty)\n{breaks[0]}", breaks[1], breaks[2], "Stock"]
    rows = [[*r, *p, s] for r, p, s in zip(ROWS, PRICES, STOCK, strict=True)]
    if named:  # a column of names after the part numbers
        titles.insert(2, "Description")
        rows = [[*r[:2], f"Regulator {r[4]} V {r[5]}", *r[2:]] for r in rows]
    lefts = [*LEFTS, 800] if named else LEFTS
    blocks = [_title(left, t) for left, t in zip(lefts, titles, strict=True)]
    band = "Linear regulators (LDO)"
    blocks.append(Block("heading", (42, 94, 149, 103), band, font_size=8, bold=True, lines=[band]))
    columns = [(float(x), float(x) + 40) for x in lefts]
    top = 114.0
    blocks.append(
        Block("table", (40.0, top, 830.0, top + 14 * len(rows)), "", rows=rows, columns=columns)
    )
    return blocks


def test_a_distributor_s_rows_are_named_by_the_maker_s_part_numbers() -> None:
    products = products_from_layout(one_page(*_page(("1+", "10+", "100+"))))
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        ("AP2112K-3.3TRG1", ["270-8493", "AP2112K-3.3TRG1"], ["0.380", "0.312", "0.243"], []),
        ("LM1117IMP-3.3", ["739-8786", "LM1117IMP-3.3"], ["0.920", "0.754", "0.589"], []),
        ("MCP1700T-3302E/TT", ["303-4492", "MCP1700T-3302E/TT"], ["0.410", "0.336", "0.262"], []),
        ("REF3033AIDBZR", ["213-5162", "REF3033AIDBZR"], ["1.22", "1.00", "0.781"], []),
    ]


def test_a_column_of_names_names_the_rows() -> None:
    products = products_from_layout(one_page(*_page(("1+", "10+", "100+"), named=True)))
    assert [p.name for p in products] == [f"Regulator {r[4]} V {r[5]}" for r in ROWS]
    assert products[0].prices == ["0.380", "0.312", "0.243"]


def test_titles_whose_quantities_do_not_rise_are_no_price_breaks() -> None:
    assert products_from_layout(one_page(*_page(("100+", "10+", "1+")))) == []
