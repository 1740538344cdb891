"""Cards of a frame collection read from a scan: a name, a size line, colour dots OCR read as
marks in the name's size ("®c"), a "Women · Square" line (its dot read as a dash) and a price
labelled "RRP"; and the look-alikes whose lines repeat terms or whose titles are price labels
only."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.titled import titled_entries
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block, source: str = "ocr") -> DocumentLayout:
    page = PageLayout(1, 595, 842, source=source)  # type: ignore[arg-type]
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _line(kind: str, left: float, top: float, text: str, size: float) -> Block:
    box = (left, top, left + 0.55 * size * len(text), top + 1.2 * size)
    return Block(kind, box, text, font_size=size, lines=[text])  # type: ignore[arg-type]


CARDS = [
    ("Hayes", "Women - Square", "RRP € 119"),
    ("Linden", "Women - Rectangle", "RRP € 119"),
    ("Morrow", "Women - Cat-eye", "RRP € 119"),
    ("Astor", "Men - Cat-eye", "RRP € 129"),
    ("Bexley", "Women - Round", "RRP € 189"),
    ("Calloway", "Unisex - Cat-eye", "RRP € 189"),
]


def _card(n: int, name: str, line: str, price: str, dots: bool = True) -> list[Block]:
    left, top = 50 + 176 * (n % 3), 90 + 245 * (n // 3)
    blocks = [
        Block("figure", (left - 5, top, left + 150, top + 70), "", image_index=n),
        _line("caption", left, top + 80, name, 15.4),
        _line("paragraph", left, top + 106, "52[J19 145", 9.6),
        _line("caption", left + 107, top + 85, f"VL 30{40 + n}", 9.9),
    ]
    if dots:
        blocks += [_line("heading", left + 36 * k, top + 124, "®c", 15.4) for k in range(2)]
    blocks += [
        _line("paragraph", left, top + 159, line, 8.3),
        _line("heading", left, top + 191, price, 11.8),
    ]
    return blocks


def test_scanned_frame_cards_are_named_by_their_names_not_their_price_labels() -> None:
    blocks = [b for n, card in enumerate(CARDS) for b in _card(n, *card)]
    products = products_from_layout(_page(*blocks))
    assert sorted((p.name, p.prices[0]) for p in products) == sorted(
        (name, price.removeprefix("RRP ")) for name, _, price in CARDS
    )


def test_lines_repeating_their_terms_are_no_list_in_two_languages() -> None:
    photo = Block("figure", (300, 90, 500, 250), "", image_index=0)
    lines = ["Women - Square", "Women - Round", "Men - Square", "Women - Panto", "Men - Round"]
    blocks = [photo, *(_line("paragraph", 50, 90 + 20 * k, t, 9) for k, t in enumerate(lines))]
    assert products_from_layout(_page(*blocks)) == []


def test_price_labels_set_over_prose_head_no_titled_entries() -> None:
    page = _page(source="text").pages[0]
    for k in range(4):
        page.blocks.append(_line("heading", 50, 90 + 80 * k, "Price € 12", 12))
        page.blocks.append(_line("paragraph", 50, 110 + 80 * k, "Members pay less at the door.", 9))
    assert titled_entries(page, set()) == []
