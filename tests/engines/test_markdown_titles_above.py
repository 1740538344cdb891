"""A table's column titles printed apart above it (a distributor's parametric list: a line of
bold titles, one of them under a group's title, "Price breaks (qty)" over "1+", then a section
band over the ruled rows) are its header in the Markdown; the blocks they were read from were
printed again above it as loose paragraphs and a heading when one of them was the two-line
block of a group's title over a column's title. They are not now. Controls: the section band
stays a heading; a table whose own first row is its header keeps the paragraph above it that
merely shares a word with its titles."""

from __future__ import annotations

import re

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.markdown import to_markdown

TITLES = ["Stock no.", "Mfr part no.", "Mfr", "Package", "Vout (V)", "Tol.", "Iout"]
TITLE_LEFTS = [40, 104, 238, 306, 365, 454, 513]
PRICES = ["1+", "10+", "100+"]
COLUMNS = [
    (40, 95),
    (104, 230),
    (238, 300),
    (306, 360),
    (365, 445),
    (454, 505),
    (513, 560),
    (594, 640),
    (653, 700),
    (708, 760),
    (776, 800),
]
ROWS = [
    [
        "270-8493",
        "AP2112K-3.3TRG1",
        "Diodes Inc",
        "SOT-23-5",
        "3.3",
        "±1.5 %",
        "600 mA",
        "0.380",
        "0.312",
        "0.243",
        "12,480",
    ],
    [
        "739-8786",
        "LM1117IMP-3.3",
        "TI",
        "SOT-223",
        "3.3",
        "±1 %",
        "800 mA",
        "0.920",
        "0.754",
        "0.589",
        "12,480",
    ],
    [
        "303-4492",
        "MCP1700T-3302E/TT",
        "Microchip",
        "SOT-23",
        "3.3",
        "±2 %",
        "250 mA",
        "0.410",
        "0.336",
        "0.262",
        "1,404",
    ],
    [
        "803-5850",
        "TLV75533PDBVR",
        "TI",
        "SOT-23-5",
        "3.3",
        "±1 %",
        "500 mA",
        "0.290",
        "0.238",
        "0.186",
        "1,404",
    ],
]


def _title(text: str, left: float, right: float, top: float = 71) -> Block:
    return Block("paragraph", (left, top, right, 80), text, font_size=7, bold=True, lines=[text])


def _distributor_page() -> PageLayout:
    titles = [
        _title(text, left, left + 5 * len(text))
        for text, left in zip(TITLES, TITLE_LEFTS, strict=True)
    ]
    group = Block(
        "heading",
        (594, 60, 670, 80),
        "Price breaks (qty) 1+",
        font_size=7,
        bold=True,
        lines=["Price breaks (qty)", "1+"],
    )
    prices = [_title("10+", 653, 670), _title("100+", 708, 730), _title("Stock", 776, 800)]
    band = Block(
        "heading",
        (42, 94, 149, 103),
        "Linear regulators (LDO)",
        font_size=8,
        bold=True,
        lines=["Linear regulators (LDO)"],
    )
    table = Block(
        "table",
        (40, 114, 800, 114 + 14 * len(ROWS)),
        "",
        rows=ROWS,
        ruled=True,
        columns=COLUMNS,
        font_size=7,
    )
    return PageLayout(1, 842, 595, blocks=[*titles, group, *prices, band, table])


def test_titles_read_into_a_table_s_header_are_not_printed_again_above_it() -> None:
    markdown = to_markdown(DocumentLayout([_distributor_page()]))
    header = "| " + " | ".join([*TITLES, *PRICES, "Stock"]) + " |"
    assert header in markdown
    above = markdown[: markdown.index(header)]
    for title in [*TITLES, *PRICES, "Stock"]:
        assert title not in above, title
    assert re.search(r"^#+ Linear regulators \(LDO\)$", above, re.M)  # the band: a heading


def test_control_a_paragraph_sharing_a_word_with_a_table_s_own_header_stays() -> None:
    note = "Stock no. and prices as of January; Mfr part no. on request"
    paragraph = Block("paragraph", (40, 80, 400, 90), note, font_size=8, lines=[note])
    rows = [["Stock no.", "Mfr part no.", "Price"]] + [[r[0], r[1], r[7]] for r in ROWS]
    table = Block(
        "table",
        (40, 100, 400, 100 + 14 * len(rows)),
        "",
        rows=rows,
        ruled=True,
        columns=[(40, 95), (104, 230), (300, 400)],
    )
    page = PageLayout(1, 842, 595, blocks=[paragraph, table])
    markdown = to_markdown(DocumentLayout([page]))
    assert note in markdown
    assert markdown.index(note) < markdown.index("| Stock no. | Mfr part no. | Price |")
