"""Cards whose photo is centred and whose text is set flush with the card's edge, left of the
photo and reaching under it; and the look-alikes with such text and no product."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _line(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, lines=[text])  # type: ignore[arg-type]


def _card(left: float, top: float, n: int, name: str, detail: str, line: str) -> list[Block]:
    """A card `left`..`left`+260: its photo centred 100 wide, its text flush at `left`."""
    photo = Block("figure", (left + 62, top, left + 162, top + 100), "", image_index=n)
    return [
        photo,
        _line("paragraph", (left, top + 112, left + 28, top + 122), "MAREL", 8),
        _line("caption", (left, top + 125, left + 6.5 * len(name), top + 141), name, 13),
        _line("paragraph", (left, top + 145, left + 135, top + 156), detail, 9),
        _line("paragraph", (left, top + 186, left + 206, top + 196), line, 8),
    ]


def test_a_card_s_name_set_flush_left_of_its_centred_photo_is_a_product() -> None:
    blocks = [
        *_card(54, 62, 0, "Clay Detox Mask", "75 ml · € 19,90", "Vegan formula."),
        *_card(316, 62, 1, "Eye Contour Gel", "15 ml · € 32,90", "Vegan formula."),
        *_card(54, 320, 2, "Soothing Toner", "200 ml · € 27,90", "Vegan formula."),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices, p.sizes) for p in products] == [
        ("Clay Detox Mask", ["€ 19,90"], ["75 ml"]),
        ("Eye Contour Gel", ["€ 32,90"], ["15 ml"]),
        ("Soothing Toner", ["€ 27,90"], ["200 ml"]),
    ]


def test_a_newsletter_s_centred_photos_over_flush_text_without_prices_are_no_products() -> None:
    blocks = [
        *_card(54, 62, 0, "Spring Fair", "Saturday 14 May", "All are welcome."),
        *_card(316, 62, 1, "New Library", "Opening hours", "Read more inside."),
        *_card(54, 320, 2, "Club News", "Results and fixtures", "See page 4."),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_a_report_s_centred_chart_over_a_paragraph_with_amounts_is_no_product() -> None:
    chart = Block("figure", (200, 100, 400, 260), "", image_index=0)
    text = (
        "Revenue rose to € 4,20 million in 2024 while costs fell by a tenth, so the margin "
        "widened for the third year running across all regions."
    )
    prose = Block("paragraph", (60, 272, 540, 300), text, font_size=10, lines=[text])
    caption = _line("caption", (60, 262, 330, 271), "Figure 3: Revenue by year, € million", 8)
    assert products_from_layout(_page(chart, caption, prose)) == []
