"""A scan's title styles from page to page. A scan's type sizes are put in classes page by
page (OCR measures them loosely), so a class's number means another size on another page:
the style heading a yarn shop's entries on its pages (14.7 pt, its third class there) is not
the back page's 11.3-pt "Ordering and postage" (also its third class, under a larger page
title). Control: a page of one entry in the entries' size is still read as an entry."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

YARNS = [
    [
        ("Shetland Jumper", "YW-2481", "£3.50"),
        ("Ragg Worsted", "YW-9329", "£14.20"),
        ("Hebridean Aran", "YW-2721", "£5.20"),
    ],
    [
        ("Highland Merino", "YW-3539", "£5.95"),
        ("Organic Cotton", "YW-5706", "£6.95"),
        ("Bamboo Bliss", "YW-1059", "£12.95"),
    ],
]


def _text(kind: str, box: tuple[float, float, float, float], lines: list[str], size: float):
    return Block(kind, box, "\n".join(lines), font_size=size, lines=lines)


def _page(number: int, blocks: list[Block]) -> PageLayout:
    page = PageLayout(number, 595, 842, source="ocr")
    page.blocks = [*blocks, _text("paragraph", (40, 814, 200, 822), ["Purl & Loop"], 7.0)]
    return page


def _entry(top: float, name: str, code: str, price: str, size: float = 14.7) -> list[Block]:
    """A card: its name, its fibre and weight, its code, its price at the right."""
    return [
        _text("heading", (185, top, 330, top + 16), [name], size),
        _text("paragraph", (185, top + 20, 300, top + 42), ["100% wool", "50 g - 125 m"], 8.8),
        _text("paragraph", (185, top + 100, 240, top + 110), [f"Code {code}"], 8.8),
        _text("paragraph", (480, top + 96, 555, top + 110), [price], 8.8),
    ]


def _entries_page(number: int, entries: list[tuple[str, str, str]]) -> PageLayout:
    blocks = [b for n, entry in enumerate(entries) for b in _entry(70 + 180 * n, *entry)]
    return _page(number, blocks)


def _back_page(number: int, *extra: Block) -> PageLayout:
    return _page(
        number,
        [
            _text("heading", (40, 16, 140, 36), ["Shade index"], 17.5),
            *extra,
            _text("heading", (41, 590, 154, 603), ["Ordering and postage"], 11.3),
            _text(
                "paragraph",
                (40, 610, 552, 640),
                ["Order online or by phone.", "Rest of world £14.00"],
                8.6,
            ),
        ],
    )


def test_a_back_page_heading_in_another_size_is_no_entry() -> None:
    pages = [_entries_page(n, entries) for n, entries in enumerate(YARNS, 1)]
    products = products_from_layout(DocumentLayout([*pages, _back_page(3)]))
    assert "Ordering and postage" not in [p.name for p in products]
    assert len(products) == 6


def test_a_page_of_one_entry_in_the_entries_size_stays_an_entry() -> None:
    """Control: OCR measured the lone entry's name a hair larger (14.9 pt against 14.7)."""
    pages = [_entries_page(n, entries) for n, entries in enumerate(YARNS, 1)]
    last = _back_page(3, *_entry(70, "Cloudsoft Alpaca", "YW-9253", "£13.95", 14.9))
    names = [p.name for p in products_from_layout(DocumentLayout([*pages, last]))]
    assert "Cloudsoft Alpaca" in names
    assert "Ordering and postage" not in names
