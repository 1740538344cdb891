"""A scan's titles whose weight OCR read unsurely: an order guide's rows, each a bold name in
a size larger than the page's body over its case and codes in the body's type, its barcode's
digits at the left, its price and recommended price at the right; OCR read one name regular.
That name, in the titles' size and larger than the body, heads its own entry all the same,
not a line of the entry above. Control: where the titles are in the body's size, a regular
line under a bold name is a line of its entry."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

ROWS = [
    ("Hollins Milk Chocolate Bar", "MC-20337", "£13.68"),
    ("Hollins Dark 70% Bar", "MC-20345", "£15.12"),
    ("Caramel Crunch Bar", "MC-20358", "£18.72"),
    ("Peanut Nougat Bar", "MC-20366", "£17.60"),
    ("Orange Crisp Bar", "MC-20373", "£12.96"),
]


def _text(
    kind: str, box: tuple[float, float, float, float], lines: list[str], size: float, bold: bool
) -> Block:
    return Block(kind, box, "\n".join(lines), font_size=size, bold=bold, lines=lines)


def _guide(name_size: float, regular: int) -> list[str]:
    """The names of a scanned page of `ROWS`, the row `regular`'s name read regular."""
    page = PageLayout(1, 595, 842, source="ocr")
    page.blocks = [_text("header", (40, 30, 205, 50), ["Hollins Confectionery"], 16.2, False)]
    for n, (name, code, price) in enumerate(ROWS):
        top = 115 + 54 * n
        page.blocks += [
            _text("heading", (161, top, 290, top + 12), [name], name_size, n != regular),
            _text(
                "paragraph",
                (160, top + 15, 298, top + 37),
                ["Case 24 x 45 g", f"Item {code}"],
                8.0,
                False,
            ),
            _text("paragraph", (515, top + 1, 551, top + 15), [price], 8.0, False),
            _text(
                "paragraph", (515, top + 18, 551, top + 37), ["RRP £0.85", "POR 20%"], 7.8, False
            ),
            _text("paragraph", (380, top + 24, 395, top + 31), ["cases"], 6.5, False),
            _text("paragraph", (58, top + 33, 79, top + 41), ["003060"], 6.5, False),
            _text("paragraph", (99, top + 33, 119, top + 41), ["556901"], 6.5, False),
        ]
    page.blocks.append(
        _text("footer", (41, 817, 207, 824), ["Hollins Confectionery Ltd"], 6.5, False)
    )
    return [p.name for p in products_from_layout(DocumentLayout([page]))]


def test_a_name_read_regular_in_the_bold_names_size_heads_its_own_entry() -> None:
    assert _guide(10.2, regular=1) == [name for name, _, _ in ROWS]


def test_a_regular_line_in_the_body_s_size_under_a_bold_name_is_no_title() -> None:
    """Control: the names in the body's size (8 pt), one read regular: no entry of its own."""
    names = _guide(8.0, regular=1)
    assert "Hollins Dark 70% Bar" not in names
