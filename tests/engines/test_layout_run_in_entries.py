"""Entries set as run-in paragraphs (a used-goods list, classified ads, a spare-part list):
each entry's first words bold ("**Pentax K1000**, koos SMC 50 mm f/2, 8/10, rihm (kood
49517)"), the rest regular, wrapped over a line or two, its price at the right of its last
line. A head under a regular line starts the next entry's block (else the last line of one
entry and the first of the next made one block, and one product held two codes and two
prices); the block keeps its head, which names the product and is bold in the Markdown.

Controls: a bold word in the middle of a line, or a lone bold term at a line's start in
prose, splits no paragraph; a bold line alone stays a heading; prose with a bold lead-in
("**Note:** ...") gives no products."""

from __future__ import annotations

from pdfqueue.engines.catalog.document import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, Word, layout_words
from pdfqueue.engines.markdown import to_markdown

SIZE = 8.0
LINE = 10.0


def _words(text: str, left: float, top: float, bold: bool = False) -> list[Word]:
    """Words of one run of text ("**" ... "**" marks nothing here: `bold` does)."""
    words, x = [], left
    for token in text.split():
        right = x + 0.5 * SIZE * len(token)
        words.append(Word(token, x, top, right, top + 1.2 * SIZE, SIZE, bold))
        x = right + 0.3 * SIZE
    return words


def _run_in_line(head: str, rest: str, left: float, top: float) -> list[Word]:
    bold = _words(head, left, top, bold=True)
    if not rest:
        return bold
    return bold + _words(rest, bold[-1].right + 0.3 * SIZE, top)


# (bold head, rest of the first line, further lines, price)
ENTRIES = [
    ("Nikon F3 korpus,", "kroom, 8/10,", ["karbiga (kood 43026)"], "295 €"),
    ("Ricoh GR III,", "9/10, 4200 kaadrit, 2 akut", ["ilma karbita (kood 40053)"], "690 €"),
    ("Pentax K1000,", "koos SMC 50 mm f/2, 8/10,", ["rihm ja kaaned (kood 49517)"], "219 €"),
    ("Contax T2,", "titaan, 9/10, nahkümbris", ["ja rihm (kood 45542)"], "990 €"),
    ("Olympus mju-II,", "must, 8/10, ilmastikukindel", ["(kood 41263)"], "279 €"),
    # a head so long the line is bold by most of its words, its text going on regular
    ("Canon EOS 5D Mark IV korpus,", "9/10,", ["61 000 kaadrit (kood 49623)"], "1490 €"),
    # a head too long to run in on its line: bold throughout, its text on the next
    ("Canon PowerShot G7 X Mark II,", "", ["8/10, laadija (kood 47574)"], "379 €"),
]


def _page(lines: list[list[Word]]) -> PageLayout:
    words = [w for line in lines for w in line]
    return PageLayout(1, 420, 600, layout_words(words, [], [], 420, 600))


def _entries_page() -> PageLayout:
    lines: list[list[Word]] = [_words("KAAMERAD", 40, 60, bold=True)]
    top = 80.0
    for head, rest, more, price in ENTRIES:
        lines.append(_run_in_line(head, rest, 40, top))
        for n, text in enumerate(more, start=1):
            lines.append(_words(text, 40, top + n * LINE))
        lines.append(_words(price, 250, top + len(more) * LINE, bold=True))
        top += (len(more) + 1) * LINE + 3  # entries 3 points apart, no more
    return _page(lines)


def test_each_run_in_entry_is_a_block_of_its_own_with_its_head() -> None:
    page = _entries_page()
    heads = [b.head for b in page.blocks if b.head]
    assert heads == [head for head, _, _, _ in ENTRIES]
    for block in page.blocks:  # no block holds two entries' codes
        assert block.text.count("kood") <= 1, block.text
    for block in page.blocks:  # each entry one block: its head and all its lines
        assert not block.head or block.text.count("kood") == 1, block.text


def test_run_in_entries_are_products_named_by_their_heads() -> None:
    products = products_from_layout(DocumentLayout([_entries_page()]))
    found = {p.name: (p.codes, p.prices) for p in products}
    assert found == {
        head.rstrip(","): ([more[-1].split("kood ")[1].rstrip(")")], [price])
        for head, _, more, price in ENTRIES
    }


def test_the_head_survives_storage_and_is_bold_in_markdown() -> None:
    page = _entries_page()
    again = PageLayout.from_dict(page.to_dict())
    assert [b.head for b in again.blocks] == [b.head for b in page.blocks]
    stored = page.to_dict()
    for block in stored["blocks"]:
        block.pop("head")  # a page stored before heads were kept still loads
    assert all(b.head == "" for b in PageLayout.from_dict(stored).blocks)
    markdown = to_markdown(DocumentLayout([page]))
    assert "**Pentax K1000,** koos SMC 50 mm f/2, 8/10," in markdown


def _prose_lines(bold_at: tuple[int, int]) -> list[list[Word]]:
    """A paragraph of regular lines, one word of them bold (line, word)."""
    texts = [
        "The warranty covers all goods bought in our shop for six months from",
        "Delivery of the goods within Estonia is free for orders above fifty euros",
        "and parcels are sent the next working day by the national post office.",
        "Returns are accepted within fourteen days in the original packaging only.",
    ]
    lines = []
    for n, text in enumerate(texts):
        words = _words(text, 40, 80 + n * LINE)
        if n == bold_at[0]:
            words[bold_at[1]].bold = True
        lines.append(words)
    return lines


def _paragraphs(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind == "paragraph"]


def test_a_bold_word_inside_a_line_or_alone_at_its_start_splits_no_paragraph() -> None:
    for at in ((1, 4), (1, 0)):  # "**goods**" mid-line; "**Delivery**" at the line's start
        (paragraph,) = _paragraphs(_page(_prose_lines(at)).blocks)
        assert len(paragraph.lines) == 4


def test_a_bold_line_alone_stays_a_heading() -> None:
    page = _page([_words("Ostame ja vahetame", 40, 60, bold=True), *_prose_lines((9, 0))])
    assert page.blocks[0].kind == "heading" and page.blocks[0].head == ""


def test_prose_with_bold_lead_ins_gives_no_products() -> None:
    leads = [
        ("Note:", "prices include VAT at the standard rate of 22 per cent"),
        ("Delivery:", "parcels leave the next working day, 4,50 € to a parcel machine"),
        ("Returns:", "within fourteen days in the original packaging, refund in 5 days"),
        ("Warranty:", "six months on all used goods, twelve months on new ones"),
    ]
    lines = [
        _run_in_line(head, rest, 40, 80 + n * 2 * LINE + 4 * n)
        for n, (head, rest) in enumerate(leads)
    ]
    lines += [
        _words("as stated in our terms of sale.", 40, 80 + n * 2 * LINE + 4 * n + LINE)
        for n in range(4)
    ]
    page = _page(lines)
    assert [b.head for b in page.blocks if b.head] == [head for head, _ in leads]
    assert products_from_layout(DocumentLayout([page])) == []


SIDE = [
    [
        ("Leica M6 TTL,", "must, 9/10, karp", "ja paberid (kood 42108)", "2890 €"),
        ("Mamiya RB67,", "koos 127 mm f/3.8", "ja kassetiga (kood 43875)", "749 €"),
        ("Nikon FE2,", "must, 8/10, uus", "katiku kate (kood 45520)", "310 €"),
    ],
    [
        ("Godox V1 (Sony),", "9/10, akuga, koos", "hajutiga (kood 42059)", "179 €"),
        ("Manfrotto 055,", "8/10, ilma peata", "kotiga (kood 43528)", "119 €"),
        ("Gossen Lunasix,", "7/10, töötab, koos", "nahkkotiga (kood 46765)", "89 €"),
    ],
]


def _side_by_side_page() -> PageLayout:
    """Two columns of run-in entries, each's price at its column's right, the second column's
    lines half a line lower: read across, an entry's last line, its price and the next
    column's entry line up as a table's row."""
    lines: list[list[Word]] = []
    for column, entries in enumerate(SIDE):
        left = 40 + 178 * column
        for n, (head, rest, more, price) in enumerate(entries):
            top = 80 + n * (2 * LINE + 5) + 5 * column
            lines.append(_run_in_line(head, rest, left, top))
            lines.append(_words(more, left, top + LINE))
            lines.append(_words(price, left + 160, top + LINE, bold=True))
    return _page(lines)


def test_run_in_lists_side_by_side_are_no_table() -> None:
    page = _side_by_side_page()
    assert not [b for b in page.blocks if b.kind == "table"]
    products = products_from_layout(DocumentLayout([page]))
    assert sorted(p.name for p in products) == sorted(
        head.rstrip(",") for entries in SIDE for head, _, _, _ in entries
    )
    assert all(len(p.codes) == 1 and len(p.prices) == 1 for p in products)


def test_a_table_with_its_bold_names_in_a_column_of_their_own_stays_a_table() -> None:
    lines = []
    for n, (name, colour, code, price) in enumerate(
        [
            ("Nikon FE2", "black body", "45520", "310 €"),
            ("Pentax K1000", "chrome body", "49517", "219 €"),
            ("Contax T2", "titanium body", "45542", "990 €"),
            ("Yashica T4", "black body", "48157", "349 €"),
        ]
    ):
        top = 80 + n * LINE
        lines += [
            _words(name, 40, top, bold=True),
            _words(colour, 160, top),
            _words(code, 260, top),
            _words(price, 330, top),
        ]
    (table,) = [b for b in _page(lines).blocks if b.kind == "table"]
    assert table.rows is not None and len(table.rows) == 4
