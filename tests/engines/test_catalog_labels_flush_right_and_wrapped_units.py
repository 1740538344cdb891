"""Two ways an entry's lines stand apart from its name's left edge. An outdoor shop's kit list
sets the labels left of its photo flush right against their leader lines: the bold name,
"Item 41-210 · 8 litres" under it reaching further left, the price under that; each line is
the entry's (control: the labels right of the photo, set flush left, as before). A kitchen
maker's cards side by side, read across as a table, wrap a name before its unit ("Encimera
laminada 38" over "mm"): the unit stays with its figure in the name, and the card's price,
pushed under the table, is its own (control: a card whose name ends in a figure and whose
next line is its code keeps both as printed)."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import one_page, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

KIT = [
    ("Vantage Trail Shoe", "41-102", "290 g", "£135.00"),
    ("Race Vest 8", "41-210", "8 litres", "£89.00"),
    ("Featherlight Shell Jacket", "41-233", "195 g", "£149.00"),
    ("Soft Flask", "41-248", "500 ml", "£22.00"),
]


def _right(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text), y, text)


def _other(item: str) -> str:
    """The item number of the label right of the photo: "41-102" -> "42-102"."""
    return f"{int(item[:2]) + 1}{item[2:]}"


def _kit_page(tmp_path: Path) -> FPDF:
    pdf = FPDF(unit="pt", format=(841.89, 595.28))
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    photo = tmp_path / "kit.png"
    Image.new("RGB", (250, 420), (90, 110, 80)).save(photo)
    pdf.image(str(photo), x=296, y=92, w=250, h=420)
    for side, x in (("left", 248.0), ("right", 594.0)):
        for slot, (name, item, spec, price) in enumerate(KIT):
            y = 128 + 100 * slot
            put = (lambda yy, t, x=x: _right(pdf, x, yy, t)) if side == "left" else None
            put = put or (lambda yy, t, x=x: pdf.text(x, yy, t))
            pdf.set_font("Helvetica", "B", 10.5)
            put(y, name if side == "left" else f"{name} II")
            pdf.set_font("Helvetica", "", 7.5)
            put(y + 12, f"Item {item if side == 'left' else _other(item)}  ·  {spec}")
            pdf.set_font("Helvetica", "B", 13)
            put(y + 29, price)
    return pdf


def test_labels_set_flush_right_keep_their_lines(tmp_path: Path) -> None:
    products = products_of_pdf(_kit_page(tmp_path), tmp_path)
    left = {p.name: p for p in products if not p.name.endswith(" II")}
    assert sorted(left) == sorted(name for name, _, _, _ in KIT)
    for name, item, spec, price in KIT:
        assert left[name].codes == [item]
        assert left[name].prices == [price]
        assert left[name].sizes == [spec]


def test_labels_set_flush_left_keep_their_lines_too(tmp_path: Path) -> None:
    """Control: the labels right of the photo, each line starting where its name starts."""
    products = products_of_pdf(_kit_page(tmp_path), tmp_path)
    right = {p.name: p for p in products if p.name.endswith(" II")}
    assert [right[f"{name} II"].codes for name, _, _, _ in KIT] == [
        [_other(item)] for _, item, _, _ in KIT
    ]


def _text(text: str, box: tuple[float, float, float, float], kind: str = "paragraph") -> Block:
    return Block(kind, box, text, lines=[text], font_size=9.0)


CARDS = [  # cards side by side read across: a width over each, then name, code, size, price
    ["240", "240", "", "300"],
    ["Zócalo PVC aluminio", "Cornisa superior", "Costado decorativo bajo", "Encimera laminada 38"],
    ["Ref. LN-ZO-240", "Ref. LN-CO-240", "Ref. LN-CD-072", "mm"],
    ["L. 240 × Al. 10 cm", "L. 240 × Al. 4 cm", "Al. 72 × Fo. 58 cm", "Ref. LN-EN-300"],
    ["38,00 €", "46,00 €", "72,00 €", "L. 300 × Fo. 62 cm"],
]
COLUMNS = [(54.0, 150.0), (184.0, 280.0), (314.0, 410.0), (444.0, 534.0)]


def _cards(rows: list[list[str]], price_under: bool) -> list[Block]:
    grid = Block("table", (54.0, 453.0, 534.0, 512.0), "", rows=rows, columns=COLUMNS)
    blocks = [_text("COMPLEMENTOS", (42.0, 375.0, 127.0, 386.0), "heading"), grid]
    if price_under:
        blocks.append(_text("189,00 €", (459.0, 511.0, 509.0, 522.0)))
    return blocks


def test_a_cards_name_wrapped_before_its_unit_keeps_it(tmp_path: Path) -> None:
    products = products_from_layout(one_page(*_cards(CARDS, price_under=True)))
    last = products[-1]
    assert (last.name, last.codes, last.prices) == (
        "Encimera laminada 38 mm",
        ["LN-EN-300"],
        ["189,00 €"],
    )
    assert [p.name for p in products[:3]] == [
        "Zócalo PVC aluminio",
        "Cornisa superior",
        "Costado decorativo bajo",
    ]


def test_a_card_name_ending_in_a_figure_over_its_code_is_kept(tmp_path: Path) -> None:
    """Control: "Encimera laminada 38" over its code: no unit to put back, nothing moves."""
    rows = [r[:] for r in CARDS]
    rows[2][3], rows[3][3], rows[4][3] = "Ref. LN-EN-300", "L. 300 × Fo. 62 cm", "189,00 €"
    products = products_from_layout(one_page(*_cards(rows, price_under=False)))
    last = products[-1]
    assert (last.name, last.codes, last.prices) == (
        "Encimera laminada 38",
        ["LN-EN-300"],
        ["189,00 €"],
    )
