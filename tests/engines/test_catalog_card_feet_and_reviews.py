"""A lighting catalog's cards (a photo, the name and the sizes under it, a row of specification
values, the price set large at the card's foot with the article number small and level with
it), its cover's title, a welcome page's text beside a photo, and a magazine's group test of
products, which judges what it pictures and prices and offers none of it; each with the
look-alike it must leave alone."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _document(*pages: list[Block]) -> DocumentLayout:
    laid = []
    for number, blocks in enumerate(pages, start=1):
        page = PageLayout(number, 595, 842)
        page.blocks = list(blocks)
        laid.append(page)
    return DocumentLayout(laid)


def _text(
    kind: str,
    left: float,
    top: float,
    lines: list[str],
    size: float,
    width: float = 0.0,
    leading: float = 1.2,
) -> Block:
    height = size * leading * len(lines)
    right = left + (width or 0.5 * size * max(len(line) for line in lines))
    box = (left, top, right, top + height)
    return Block(kind, box, " ".join(lines), font_size=size, lines=lines)  # type: ignore[arg-type]


def _photo(left: float, top: float, width: float, height: float, n: int) -> Block:
    return Block("figure", (left, top, left + width, top + height), "", image_index=n)


# --- a card's foot: the price large, the article number small and level with it -----------

LAMPS = [
    ("Pendellampa Lykta 60", ["Mässing / opalglas", "Ø 60 cm · H 52 cm"], "48-9835", "4 599 kr"),
    ("Taklampa Mira 25", ["Svart metall", "Ø 25 cm · H 69 cm"], "80-2766", "1 495 kr"),
    ("Spotlight Fjäril 12", ["Grön emalj", "Ø 12 cm · H 31 cm"], "23-1280", "5 449 kr"),
    ("Pendellampa Ask 60", ["Rotting / natur", "Ø 60 cm · H 105 cm"], "91-3078", "2 199 kr"),
]


def _lamp_card(
    left: float, top: float, n: int, lamp: tuple[str, list[str], str, str], specs: list[str]
) -> list[Block]:
    name, sizes, code, price = lamp
    blocks = [
        _photo(left, top, 250, 115, n),
        _text("caption", left, top + 121, [name], 11),
        _text("caption", left, top + 137, sizes, 8, leading=1.34),
    ]
    for k, spec in enumerate(specs):  # a row of icons, a value under each
        blocks.append(_text("paragraph", left + 8 + 42 * k, top + 188, [spec], 6.5))
    blocks.append(_text("paragraph", left, top + 207, [f"Art.nr {code}"], 7.5))
    wide = 0.55 * 15 * len(price)
    blocks.append(_text("paragraph", left + 250 - wide, top + 202, [price], 15, width=wide))
    return blocks


def _lamp_page(specs: list[list[str]]) -> list[Block]:
    blocks: list[Block] = []
    for n, lamp in enumerate(LAMPS):
        left, top = 40 + 265 * (n % 2), 66 + 250 * (n // 2)
        blocks += _lamp_card(left, top, n, lamp, specs[n])
    return blocks


def test_a_card_s_foot_level_with_its_price_gives_the_card_its_article_number() -> None:
    specs = [["E27", "2200 K", "IP20", "8 W"], ["GU10", "3000 K", "IP65", "4 W"]] * 2
    products = products_from_layout(_document(_lamp_page(specs)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, _, code, price in LAMPS
    ]
    # the row of specification values describes the lamp; no value of it is its code
    assert "IP20" in products[0].description


def test_a_card_without_a_labelled_code_keeps_a_code_shaped_line() -> None:
    # the control: no article number by its label, the line shaped like a code is the code
    blocks = [
        _photo(40, 66, 250, 115, 0),
        _text("caption", 40, 187, ["Taklampa Mira 25"], 11),
        _text("caption", 40, 203, ["TM-2504"], 8),
        _text("caption", 40, 216, ["1 495 kr"], 15),
    ]
    products = products_from_layout(_document(blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Taklampa Mira 25", ["TM-2504"], ["1 495 kr"])
    ]


def _cover(title: str, subtitle: str) -> list[Block]:
    return [
        _photo(0, 0, 595, 585, 0),  # the cover's photo, bled off the page
        _text("caption", 40, 595, [title], 34),
        _text("paragraph", 40, 642, [subtitle], 14),
    ]


def test_a_cover_s_title_is_no_product_of_a_catalog_of_cards() -> None:
    # every card's text is read, however its specification row is set ("LED": no digit)
    specs = [["LED", "3000 K", "IP44", "6 W"]] * 4
    document = _document(
        _cover("NORRSKEN LJUS", "Belysning för hem och trädgård 2026"),
        _lamp_page(specs),
    )
    names = [p.name for p in products_from_layout(document)]
    assert names == [name for name, _, _, _ in LAMPS]


# --- a welcome page's text beside its photo ------------------------------------------------


def _beside_photo(texts: list[tuple[str, list[str], float]]) -> list[Block]:
    blocks = [_photo(385, 70, 170, 200, 0)]
    top = 59.0
    for kind, lines, size in texts:
        blocks.append(_text(kind, 40, top, lines, size, width=330))
        top += size * 1.2 * len(lines) + 12
    return blocks


def test_a_welcome_text_beside_a_photo_that_names_a_postage_is_no_product() -> None:
    page = _beside_photo(
        [
            ("heading", ["About us"], 24),
            (
                "paragraph",
                [
                    "Purl & Loop began as a market stall in Hebden Bridge in 2009. Today",
                    "we send yarn to knitters all over the world, but we still wind, label and",
                    "pack every order ourselves.",
                ],
                11,
            ),
            (
                "paragraph",
                [
                    "UK postage is £3.20 per order, free over £40.00. Overseas postage from",
                    "£9.50.",
                ],
                11,
            ),
        ]
    )
    assert products_from_layout(_document(page)) == []


def test_a_product_described_beside_its_photo_with_its_price_on_a_line_keeps_it() -> None:
    page = _beside_photo(
        [
            ("heading", ["Shetland Heritage Jumper Yarn"], 18),
            (
                "paragraph",
                [
                    "Spun from the fleece of island sheep and dyed in small batches, it knits",
                    "into a light, warm fabric that blooms after its first wash.",
                ],
                11,
            ),
            (
                "paragraph",
                [
                    "Each ball is 25 g and 110 m long; we suggest needles of 3.25 mm for",
                    "colourwork and 3.5 mm for plain knitting.",
                ],
                11,
            ),
            ("paragraph", ["£3.50 per ball"], 14),
        ]
    )
    products = products_from_layout(_document(page))
    assert [(p.name, p.prices) for p in products] == [("Shetland Heritage Jumper Yarn", ["£3.50"])]


# --- a magazine's group test: each product pictured, priced and judged ----------------------

MACHINES = [
    ("Brevio Barista Touch 2", "£549", "FOR: coffee quality. AGAINST: price."),
    ("Kaffeeko Avanti 600", "£399", "FOR: price, size. AGAINST: small water tank."),
    ("Milano Smart Crema", "£329", "FOR: value. AGAINST: lukewarm milk drinks."),
]


def _reviewed(name: str, price: str, remark: str, top: float, n: int) -> list[Block]:
    return [
        _photo(40, top, 130, 170, n),
        _text("heading", 185, top + 1, [name], 15),
        _text("heading", 185, top + 20, [price], 10),
        _text("paragraph", 185, top + 40, [remark], 9.5, width=370),
    ]


def _group_test(verdict: list[Block]) -> DocumentLayout:
    first = [
        _text("heading", 40, 50, ["Which bean-to-cup machine is worth your money?"], 28),
        _text("paragraph", 40, 118, ["We tested three machines and brewed 300 cups."], 11),
    ]
    for n, (name, price, remark) in enumerate(MACHINES):
        first += _reviewed(name, f"Price: {price}", remark, 230 + 190 * n, n)
    return _document(first, verdict)


def test_a_magazine_s_group_test_of_products_offers_none() -> None:
    verdict = [
        _text("heading", 55, 272, ["Our verdict"], 15),
        _text(
            "paragraph",
            55,
            296,
            ["BEST BUY: the Brevio makes the best coffee of the three and is worth the money."],
            10,
        ),
    ]
    assert products_from_layout(_group_test(verdict)) == []


def test_a_catalog_page_with_a_best_seller_badge_and_a_rating_keeps_its_products() -> None:
    # a shop's cards: a badge, the customers' rating, what the product is for; no tester speaks
    first: list[Block] = [_text("heading", 40, 50, ["Bean-to-cup coffee machines"], 28)]
    for n, (name, price, _) in enumerate(MACHINES):
        remark = "Best seller. Customer rating: 4.5/5. Suitable for: espresso and milk drinks."
        first += _reviewed(name, price, remark, 230 + 190 * n, n)
    back = [_text("paragraph", 55, 296, ["Free delivery and a two-year guarantee."], 10)]
    products = products_from_layout(_document(first, back))
    assert [(p.name, p.prices) for p in products] == [(n, [p]) for n, p, _ in MACHINES]


def test_a_scanned_card_s_row_of_icons_read_as_letters_counts_as_one_line() -> None:
    # OCR reads each icon over the specification values as a stray letter: a row of blocks
    # side by side, one printed line of the caption, however many blocks it holds
    name, _, code, price = LAMPS[0]
    blocks = _lamp_card(40, 66, 0, LAMPS[0], ["E27", "2200 K", "IP20", "8 W"])
    blocks += [_text("heading", 50 + 42 * k, 230, [c], 19.9) for k, c in enumerate("a=8o")]
    products = products_from_layout(_document(blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [(name, [code], [price])]


def test_a_catalog_quoting_a_magazine_s_verdict_on_a_card_keeps_its_products() -> None:
    # a shop quotes the press beside one product: one way of a tester's voice, not a review
    first: list[Block] = [_text("heading", 40, 50, ["Bean-to-cup coffee machines"], 28)]
    for n, (name, price, _) in enumerate(MACHINES):
        remark = "Testsieger. Verdict: the best coffee here." if n == 0 else "Two-year guarantee."
        first += _reviewed(name, price, remark, 230 + 190 * n, n)
    products = products_from_layout(_document(first))
    assert [(p.name, p.prices) for p in products] == [(n, [p]) for n, p, _ in MACHINES]


def test_a_recipe_s_columns_under_its_photo_still_count_all_their_lines() -> None:
    # the control: two columns side by side (ingredients, method) are no row of values; the
    # text under the photo stays too long to be a caption, and the cost a portion no price
    ingredients = ["400 g spaghetti", "2 unwaxed lemons", "1 red chilli", "4 tbsp olive oil"]
    ingredients += ["2 garlic cloves", "a bunch of flat-leaf parsley", "50 g parmesan"]
    method = [
        "1. Cook the spaghetti in plenty of salted water",
        "until just tender, then drain it and keep back a",
        "cup of the water. Grate the lemons' zest and",
        "squeeze their juice; chop the chilli and garlic.",
        "Warm the oil and soften the chilli and garlic.",
    ]
    blocks = [
        _photo(0, 0, 420, 200, 0),
        _text("caption", 30, 213, ["Spaghetti with lemon, chilli and parsley"], 17),
        _text("paragraph", 30, 239, ["Serves 4 · Ready in 20 min · About £1.35 a portion"], 8),
        _text("paragraph", 30, 258, ["INGREDIENTS"], 9),
        _text("paragraph", 30, 272, ingredients, 9, width=106),
        _text("paragraph", 170, 258, ["METHOD"], 9),
        _text("list_item", 170, 272, method, 10, width=205),
    ]
    assert products_from_layout(_document(blocks)) == []


def test_a_shelf_photo_s_rows_of_prices_and_article_numbers_are_no_one_caption() -> None:
    # the control: under a shelf of four bottles, a row of their prices and a row of their
    # sizes and numbers: several items' evidence, each block a line, too many for a caption
    blocks = [_photo(40, 60, 500, 220, 0)]
    prices, codes = ["R 64,99", "R 119,99", "R 89,99", "R 149,99"], ["662362", "646850"]
    codes += ["686581", "680424"]
    for k in range(4):
        blocks.append(_text("paragraph", 50 + 125 * k, 290, [prices[k]], 12))
        blocks.append(_text("paragraph", 50 + 125 * k, 308, ["750 ml"], 8))
        blocks.append(_text("paragraph", 100 + 125 * k, 308, [codes[k]], 8))
    blocks.append(_text("paragraph", 50, 322, ["Was"], 8))
    blocks.append(_text("paragraph", 50, 334, ["Was R 79,99"], 8))
    assert not any(p.name == "Was" for p in products_from_layout(_document(blocks)))
