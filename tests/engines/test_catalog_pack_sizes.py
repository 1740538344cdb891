"""Pack sizes: how many pieces a product holds, printed as a card's line ("Pack of 10",
"Item No. 50046 32 pcs"), a table's pack column ("200 pcs") or a multipack ("6 x 1.5L"), is
one of its sizes, after the measures read before; so are a line's size letters ("S M L XL",
"XS - XL", "One size"). Controls: a price "per pack", a phone
number, a thread's size are no pack; a paragraph of several entries gives none of them the
others' packs; a report's table of counts lists no products."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.packs import line_sizes, pack_sizes
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _line(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, lines=[text])  # type: ignore[arg-type]


def _card(left: float, n: int, name: str, pack: str, price: str) -> list[Block]:
    """A card: its photo, its name, its pack, its item number and its price under it."""
    return [
        Block("figure", (left, 80, left + 160, 180), "", image_index=n),
        _line("caption", (left, 186, left + 6.5 * len(name), 198), name, 11),
        _line("caption", (left, 200, left + 5 * len(pack), 210), pack, 9),
        _line("paragraph", (left, 214, left + 80, 224), f"Item No. {40210 + n}", 9),
        _line("paragraph", (left, 228, left + 50, 240), price, 11),
    ]


def test_a_card_s_pack_line_is_a_size_of_its_product() -> None:
    blocks = [
        *_card(40, 0, "Gel Ink Rollerball 0.5mm", "Pack of 10", "£8.01"),
        *_card(220, 1, "Magnetic Tile Set", "32 pcs", "£24.49"),
        *_card(400, 2, "Sparkling Spring Water", "6 x 1.5L", "£3.25"),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.sizes) for p in products] == [
        ("Gel Ink Rollerball 0.5mm", ["0.5mm", "Pack of 10"]),
        ("Magnetic Tile Set", ["32 pcs"]),
        ("Sparkling Spring Water", ["1.5L", "6 x 1.5L"]),
    ]


def test_a_table_s_pack_column_is_a_size_of_each_row(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 60, "Nitrile examination gloves, powder-free")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_y(80)
    with pdf.table(col_widths=(60, 110, 90, 90), width=350, align="LEFT") as table:
        for row in (
            ("Size", "Ref.", "Pack", "Price / pack"),
            ("S", "REF 301126", "200 pcs", "11,90 €"),
            ("M", "REF 301135", "200 pcs", "14,04 €"),
            ("L", "REF 301150", "150 pcs", "16,18 €"),
            ("XL", "REF 301163", "150 pcs", "18,33 €"),
        ):
            table.row(row)
    products = products_of_pdf(pdf, tmp_path)
    assert [p.sizes for p in products] == [
        ["S", "200 pcs"],
        ["M", "200 pcs"],
        ["L", "150 pcs"],
        ["XL", "150 pcs"],
    ]


def test_prices_per_pack_phones_and_threads_are_no_packs() -> None:
    for text in ("£8.01 per pack", "Tel. 021 640 2118", "M8 x 20", "1/2 pcs", "85 dB"):
        assert pack_sizes(text) == [], text
    assert pack_sizes("Box of 5 reams") == ["Box of 5 reams"]
    assert pack_sizes("25 × 2 kpl") == ["25 × 2 kpl"]


def test_entries_sharing_one_paragraph_take_none_of_each_other_s_packs() -> None:
    lines = ["Tea lights 50 pcs  € 4,95", "Dinner candles 12 pcs  € 7,50", "Pillar candle € 6,90"]
    text = "\n".join(lines)
    block = Block("paragraph", (40, 100, 300, 140), text, font_size=10, lines=lines)
    products = products_from_layout(
        _page(_line("heading", (40, 80, 200, 94), "Candles", 14), block)
    )
    assert [p.sizes for p in products] == [["50 pcs"], ["12 pcs"], []]


def test_a_report_s_table_of_pieces_counted_lists_no_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 60, "Stock count by warehouse, 31 December")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_y(80)
    with pdf.table(col_widths=(120, 90, 90, 90), width=390, align="LEFT") as table:
        for row in (
            ("Warehouse", "2023", "2024", "Change"),
            ("North", "1 200 pcs", "1 310 pcs", "9 %"),
            ("South", "980 pcs", "1 005 pcs", "3 %"),
            ("East", "640 pcs", "702 pcs", "10 %"),
        ):
            table.row(row)
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_card_s_line_of_size_letters_gives_its_sizes() -> None:
    blocks = [
        *_card(40, 0, "City Bike Elda", "S M L XL", "7 995 kr"),
        *_card(220, 1, "Coastline Knit Polo", "XS - XL", "£24.00"),
        *_card(400, 2, "Balance Bike", "One size", "1 495 kr"),
    ]
    products = products_from_layout(_page(*blocks))
    assert [p.sizes for p in products] == [["S", "M", "L", "XL"], ["XS - XL"], ["One size"]]


def test_lines_with_size_letters_among_other_words_give_no_sizes() -> None:
    for line in ("Size M only", "SML", "M", "S and M sold out"):
        assert line_sizes(line) == [], line


def test_a_frame_s_lens_bridge_and_temple_line_is_its_size() -> None:
    products = products_from_layout(_page(*_card(40, 0, "Hayes VL 3046", "52□19 145", "€ 119")))
    assert [p.sizes for p in products] == [["52□19 145"]]
    assert line_sizes("52 19 145") == []
