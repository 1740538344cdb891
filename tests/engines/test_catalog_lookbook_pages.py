"""A lookbook: a look a page, "Shop the look" and two or three garments, each a grey style
number over the bold name, its colourways, "Sizes 6-16", the price at the right. The style
number belongs to the garment under it (not the one above); a look of fewer garments than a
page needs alone is read in the style the other looks' garments are titled in; a document
without such pages gains nothing from a page of two titled units."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import CODE_LABEL
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

GARMENTS = [
    ("24-1187", "Linen Boxy Shirt", "$89.95", "6-16"),
    ("24-2210", "Wide Leg Drawstring Pant", "$99.95", "6-16"),
    ("24-5120", "Leather Slide Sandal", "$139.00", "36-41"),
    ("24-3051", "Merino Crew Knit", "$149.00", "XS-XL"),
    ("24-1302", "Pleated Midi Skirt", "$119.95", "6-14"),
    ("24-6002", "Woven Market Tote", "$79.95", "6-16"),
    ("24-3099", "Cropped Cardigan", "$119.00", "XS-XL"),
    ("24-1455", "Silk Slip Dress", "$219.00", "6-14"),
]


def _line(kind: str, left: float, top: float, text: str, size: float, bold: bool = False) -> Block:
    box = (left, top, left + 0.5 * size * len(text), top + size)
    return Block(kind, box, text, font_size=size, bold=bold, lines=[text])  # type: ignore[arg-type]


def _look(number: int, garments: list[tuple[str, str, str, str]]) -> PageLayout:
    page = PageLayout(number, 595, 842)
    blocks = [
        Block("figure", (0, 0, 300, 842), ""),
        _line("header", 28, 29, f"LOOK {number:02d}", 10, bold=True),
        _line("heading", 330, 64, "Shop the look", 16),
    ]
    prices = []
    for n, (style, name, price, sizes) in enumerate(garments):
        top = 123 + 110 * n
        blocks += [
            _line("paragraph", 330, top, f"Style {style}", 8),
            _line("heading", 330, top + 12, name, 12, bold=True),
            _line("paragraph", 330, top + 33, "Colourways: Sand · Sage · Ink", 8),
            _line("paragraph", 330, top + 65, f"Sizes {sizes}", 8),
        ]
        prices.append(_line("heading", 515, top + 13, price, 12, bold=True))
    footer = [
        _line("footer", 330, 808, "saltbush.com.au · RRP in AUD incl. GST", 8),
        _line("footer", 551, 808, str(number), 8),
    ]
    page.blocks = blocks + footer + prices
    return page


def test_each_garment_takes_the_style_number_over_it_and_its_sizes() -> None:
    products = products_from_layout(DocumentLayout([_look(1, GARMENTS[:3])]))
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (name, [style], [price], [sizes]) for style, name, price, sizes in GARMENTS[:3]
    ]


def test_a_look_of_two_garments_is_read_like_the_other_looks() -> None:
    document = DocumentLayout(
        [_look(1, GARMENTS[:3]), _look(2, GARMENTS[3:6]), _look(3, GARMENTS[6:])]
    )
    products = products_from_layout(document)
    assert [(p.page, p.name, p.codes) for p in products] == [
        (n // 3 + 1, name, [style]) for n, (style, name, _, _) in enumerate(GARMENTS)
    ]


def test_a_page_of_two_titled_units_alone_stays_without_products() -> None:
    assert products_from_layout(DocumentLayout([_look(1, GARMENTS[6:])])) == []


def test_a_style_number_is_a_code_a_style_named_is_not() -> None:
    found = [CODE_LABEL.search(t) for t in ("Style 24-1187", "Style No. 4410")]
    assert [m.group("code") if m else None for m in found] == ["24-1187", "4410"]
    # a style named, and a car's trim level over its year and mileage, are no codes
    others = ("Style: Modern", "lifestyle 2024 edit", "Octavia 2.0 TDI Style\n2021 95 579 km")
    assert [CODE_LABEL.search(t) for t in others] == [None, None, None]
