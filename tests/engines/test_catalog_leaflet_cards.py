"""A leaflet's cards: the photo at the left with the reference ("Ref. 1048822") and a savings
badge ("Poupe 150 €") under it, the name and spec bullets beside it, and at the card's foot
under them the struck price by its label ("PVP anterior 799,99 €"), the price set large and
the instalments ("ou 12x 54,17 €*"); and the look-alikes that are no such card."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _b(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, lines=[text])  # type: ignore[arg-type]


def _card(left: float, top: float, n: int, name: str, ref: str, foot: list[Block]) -> list[Block]:
    """A card `left`..`left`+250: photo 90 wide, the reference under it, the text beside."""
    return [
        Block("figure", (left + 6, top, left + 96, top + 90), "", image_index=n),
        _b("caption", (left + 6, top + 97, left + 48, top + 106), f"Ref. {ref}", 7),
        _b("heading", (left + 102, top + 3, left + 240, top + 14), name, 9.5),
        _b("list_item", (left + 102, top + 18, left + 160, top + 27), '• 55" 4K UHD', 7.5),
        _b("list_item", (left + 102, top + 28, left + 170, top + 37), "• HDR10+, Wi-Fi", 7.5),
        *foot,
    ]


def _foot(left: float, top: float, price: str, former: str | None) -> list[Block]:
    out = []
    if former:
        out += [
            _b("paragraph", (left + 210, top + 85, left + 250, top + 94), "PVP anterior", 7),
            _b("paragraph", (left + 215, top + 94, left + 251, top + 105), former, 9),
        ]
    out += [
        _b("paragraph", (left + 176, top + 107, left + 253, top + 129), price, 19),
        _b("paragraph", (left + 201, top + 130, left + 251, top + 139), "ou 12x 54,17 €*", 7),
    ]
    return out


def test_a_card_priced_at_its_foot_beside_its_photo_is_a_product() -> None:
    badge = _b("caption", (46, 200, 91, 209), "Poupe 150 €", 7.5)
    blocks = [
        *_card(
            36, 86, 0, "Portátil Lumex Air 14", "1048822", _foot(36, 86, "649,99 €", "799,99 €")
        ),
        badge,
        *_card(
            302, 86, 1, "Tablet Polaris Tab 11", "7615438", _foot(302, 86, "desde 279,99 €", None)
        ),
        *_card(36, 246, 2, "Monitor Kestrel 27Q", "9228622", _foot(36, 246, "206,99 €", None)),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Portátil Lumex Air 14", ["1048822"], ["649,99 €", "799,99 €"]),
        ("Tablet Polaris Tab 11", ["7615438"], ["279,99 €"]),
        ("Monitor Kestrel 27Q", ["9228622"], ["206,99 €"]),
    ]


def test_a_photo_s_number_beside_an_article_with_a_small_amount_is_no_card() -> None:
    """A magazine's photo with its picture number under it, a headline and copy beside it,
    and an amount in small print below the copy (not a price set as large as the name): the
    picture number is no article's reference."""
    blocks = []
    for n, top in enumerate((86, 246, 406)):
        blocks += [
            Block("figure", (42, top, 132, top + 90), "", image_index=n),
            _b("caption", (42, top + 97, 84, top + 106), f"Nr. {4410 + n}", 7),
            _b("heading", (138, top + 3, 277, top + 14), "A visit to the old mill", 9.5),
            _b("paragraph", (138, top + 18, 280, top + 40), "The mill grinds flour again.", 7.5),
            _b("paragraph", (212, top + 107, 289, top + 116), "5,00 €", 7),
        ]
    assert not [p for p in products_from_layout(_page(*blocks)) if p.codes]
