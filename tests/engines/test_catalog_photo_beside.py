"""A photo with a remark set under it (a sentence) and the product's name, its name in a
second language, code, dimensions and price set right of it; and the look-alikes (a
newsletter, a staff directory, an estate agent's brochure) whose text beside photos names no
product."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _block(kind: str, left: float, top: float, lines: list[str], size: float) -> Block:
    height = size * 1.3 * len(lines)
    right = left + 0.55 * size * max(len(line) for line in lines)
    box = (left, top, right, top + height)
    return Block(kind, box, " ".join(lines), font_size=size, lines=lines)  # type: ignore[arg-type]


def _entry(top: float, n: int, remark: str, beside: list[tuple[str, list[str], float]]) -> list:
    blocks = [
        Block("figure", (40, top, 340, top + 220), "", image_index=n),
        _block("caption", 40, top + 236, [remark], 9),
    ]
    y = top + 9
    for kind, lines, size in beside:
        block = _block(kind, 360, y, lines, size)
        blocks.append(block)
        y = block.bottom + 8
    return blocks


def test_name_code_and_price_right_of_a_photo_with_a_remark_under_it_are_a_product() -> None:
    blocks = [
        *_entry(
            60,
            0,
            "Dayanıklı iskeleti ve özenli işçiliğiyle tasarlandı.",
            [
                ("heading", ["Ada Köşe Koltuk"], 16),
                ("heading", ["Ada Corner Sofa"], 11),
                ("paragraph", ["Ürün kodu / Code: MB-4123", "G 280 × D 180 × Y 84 cm"], 8.5),
                ("heading", ["20.540 TL"], 18),
            ],
        ),
        *_entry(
            445,
            1,
            "Ücretsiz teslimat ve kurulum geçerlidir.",
            [
                ("heading", ["Lina Yemek Masası"], 16),
                ("heading", ["Lina Dining Table"], 11),
                ("paragraph", ["Ürün kodu / Code: MB-4152", "G 200 × D 95 × Y 76 cm"], 8.5),
                ("heading", ["3.890 TL"], 18),
            ],
        ),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Ada Köşe Koltuk", ["MB-4123"], ["20.540 TL"]),
        ("Lina Yemek Masası", ["MB-4152"], ["3.890 TL"]),
    ]


def test_a_newsletter_s_photos_with_dates_beside_them_are_no_products() -> None:
    blocks = [
        *_entry(
            60,
            0,
            "Volunteers set up the stalls early in the morning.",
            [
                ("heading", ["Spring Fair"], 16),
                ("paragraph", ["Saturday 14 May 2026", "Town Hall, 10:00 - 16:00"], 9),
            ],
        ),
        *_entry(
            445,
            1,
            "The new reading room seats forty.",
            [
                ("heading", ["New Library"], 16),
                ("paragraph", ["Opens 2 June 2026", "Mon - Fri 9:00 - 18:00"], 9),
            ],
        ),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_a_staff_directory_s_photos_with_phone_numbers_are_no_products() -> None:
    blocks = [
        *_entry(
            60,
            0,
            "Anna joined the team in 2019.",
            [
                ("heading", ["Anna Kowalska"], 16),
                ("paragraph", ["Head of Sales", "Tel. +48 22 555 12 34", "Room 214"], 9),
            ],
        ),
        *_entry(
            445,
            1,
            "Piotr leads our service desk.",
            [
                ("heading", ["Piotr Nowak"], 16),
                ("paragraph", ["Service Manager", "Tel. +48 22 555 12 35", "Room 108"], 9),
            ],
        ),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_an_estate_brochure_s_prices_in_prose_beside_photos_are_no_products() -> None:
    prose = [
        "A bright three-bedroom flat close to the sea,",
        "with a garden and parking, offered at 4.250.000 TL",
        "including all fees; viewings by appointment only.",
    ]
    blocks = [
        *_entry(60, 0, "The view from the terrace at sunset.", [("paragraph", prose, 9)]),
        *_entry(445, 1, "The kitchen was renovated last year.", [("paragraph", prose, 9)]),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_currencies_written_after_the_amount_make_prices() -> None:
    from pdfqueue.engines.catalog.words import is_price

    for text in ("11.790 TL", "249,00 zł", "1 290 Kč", "349 kr", "89,90 lei"):
        assert is_price(text), text
    for text in ("349 kroner", "12 TLC", "2026 Krakow", "Room 214"):
        assert not is_price(text), text


def test_a_code_under_a_photo_is_no_remark_to_look_beside_for_a_heading() -> None:
    photo = Block("figure", (313, 87, 408, 150), "", image_index=0)
    under = _block("caption", 310, 160, ["39000330300"], 10)
    heading = _block("heading", 410, 103, ["TRANSMISSION"], 14)
    number = _block("paragraph", 410, 123, ["390003930008"], 12)
    assert products_from_layout(_page(photo, under, heading, number)) == []


def test_a_currency_s_iso_code_before_the_amount_makes_a_price() -> None:
    """Scandinavian and Central European shops print "DKK 899", "SEK 1 299", "PLN 49,99" as
    often as "899 kr"; an ISO code before a word or a year is no price."""
    from pdfqueue.engines.catalog.words import is_price

    for text in ("DKK 899", "SEK 1 299", "NOK 2 490", "PLN 49,99", "CZK 1 290"):
        assert is_price(text), text
    for text in ("DKK Group", "SEK 2026 report", "PLN", "RON 95"):
        assert not is_price(text), text


def test_danish_and_german_article_number_labels_give_the_code() -> None:
    from pdfqueue.engines.catalog.words import CODE_LABEL

    for text in ("Varenr. 30641", "Vare-nr. 30641", "Varenummer: 30641", "Artikelnummer 30641"):
        match = CODE_LABEL.search(text)
        assert match is not None and match.group("code") == "30641", text
    for text in ("Varer 30641", "Varen er 30 cm"):  # "goods", "the item is": no label
        match = CODE_LABEL.search(text)
        assert match is None or match.group("code") != "30641", text


def test_a_lookbook_s_photos_named_and_priced_in_an_iso_currency_are_products() -> None:
    """A sparse lookbook (A5): one large photo over each item, its number, name and price
    level under it ("Nº 01 | Fjord skål | DKK 899"), the material and "Varenr." under those."""
    items = (("Fjord skål", "DKK 899", "30641"), ("Lys vase", "DKK 599", "30375"))
    blocks: list[Block] = []
    for n, (name, price, code) in enumerate(items):
        top = 76 + 256 * n
        blocks += [
            Block("figure", (36, top, 384, top + 186), "", image_index=n),
            _block("caption", 66, top + 194, [name], 11),
            _block("caption", 344, top + 195, [price], 10),
            _block("caption", 36, top + 197, [f"Nº 0{n + 1}"], 7),
            _block("paragraph", 66, top + 211, ["Stentøj, mat glasur", f"Varenr. {code}"], 7.5),
        ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, price, code in items
    ]


def test_a_bare_amount_labelled_as_a_price_beside_a_photo_is_the_item_s_price() -> None:
    """A dealer list prints no currency: "HEK 96,09" (the dealer's price) under the name and
    code beside a thumbnail; the label says the amount is a price."""
    items = (
        ("Kette 11-fach 116 Glieder", "746-9409", "96,09"),
        ("Schlauch SV 28", "722-8230", "76,29"),
    )
    blocks: list[Block] = []
    for n, (name, code, price) in enumerate(items):
        top = 92 + 64 * n
        blocks += [
            Block("figure", (40, top, 92, top + 52), "", image_index=n),
            _block("heading", 100, top + 2, [name], 8.5),
            _block("paragraph", 100, top + 15, ["Ausführung: 116 Glieder", f"Art.-Nr. {code}"], 7),
            _block("heading", 100, top + 37, [f"HEK {price}"], 9),
        ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, code, price in items
    ]


def test_a_labelled_amount_is_a_line_of_a_price_label_and_an_amount_only() -> None:
    from pdfqueue.engines.catalog.words import LABELLED_AMOUNT

    for text in ("UVP 174,72", "HEK 96,09", "Price: 4.99", "Preis 1.299,00"):
        assert LABELLED_AMOUNT.match(text), text
    for text in ("Höhe 12,50", "Seite 12,50", "UVP 174,72 zzgl. Versand und Montage", "HEK 12"):
        assert not LABELLED_AMOUNT.match(text), text


def test_a_photo_with_a_measure_under_its_title_is_no_priced_product() -> None:
    """A report's photo titled over a measured figure ("Höhe 12,50"): no price label, no
    product."""
    blocks = [
        Block("figure", (40, 92, 92, 144), "", image_index=0),
        _block("heading", 100, 94, ["Pegel am Rheinufer"], 8.5),
        _block("paragraph", 100, 107, ["Messung vom Mai"], 7),
        _block("heading", 100, 129, ["Höhe 12,50"], 9),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_a_grade_after_a_hash_in_a_section_s_blurb_is_no_article_code() -> None:
    """A supplier's section: a photo, its title and blurb beside it ("recyclable #5": a resin
    grade), the articles in a table under it: the title is no product."""
    blocks = [
        Block("figure", (40, 92, 150, 168), "", image_index=0),
        _block("heading", 164, 95, ["Take-Out Containers"], 13),
        _block(
            "paragraph",
            164,
            116,
            ["Microwavable polypropylene with vented lids; recyclable #5."],
            8.5,
        ),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_a_hash_before_an_article_number_still_labels_its_code() -> None:
    from pdfqueue.engines.catalog.words import CODE_LABEL

    for text, code in (
        ("#12345", "12345"),
        ("Item #5", "5"),
        ("#A123", "A123"),
        ("#5-100", "5-100"),
    ):
        match = CODE_LABEL.search(text)
        assert match is not None and match.group("code") == code, text
    for text in ("recyclable #5.", "size #2, red", "# 12"):
        assert CODE_LABEL.search(text) is None, text


def test_a_deal_s_big_price_comes_before_the_recommended_price_it_is_compared_with() -> None:
    """A sale leaflet's tile: the deal's price set large without its currency, the labelled
    recommended price ("UVP 5,28") in the small print: the deal's price is the item's."""
    blocks = [
        Block("figure", (303, 260, 433, 370), "", image_index=0),
        _block("heading", 443, 262, ["Mineralwasser Classic"], 12),
        _block("paragraph", 443, 278, ["6 x 1,5 l", "je Packung (1 l = 0,40)", "UVP 5,28"], 8),
        _block("heading", 449, 323, ["3.58"], 34),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices[:1]) for p in products] == [("Mineralwasser Classic", ["3.58"])]


def test_fine_print_s_threshold_under_the_last_item_is_not_its_price() -> None:
    """The page's fine print set right under the last item's lines ("Fri fragt over 800 kr":
    free delivery above an amount) gives that item no second price."""
    blocks = [
        Block("figure", (36, 332, 384, 518), "", image_index=0),
        _block("caption", 66, 526, ["Tide kande"], 11),
        _block("caption", 338, 527, ["DKK 1299"], 10),
        _block("paragraph", 66, 543, ["Porcelæn, 1,2 l · H 19 cm", "Varenr. 30620"], 7.5),
        _block(
            "paragraph",
            36,
            564,
            ["Alle priser inkl. moms. Fri fragt over 800 kr. hyggeoghaand.dk"],
            6.5,
        ),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [("Tide kande", ["DKK 1299"])]


def test_an_amount_after_over_or_under_is_a_threshold_and_a_price_after_a_name_an_offer() -> None:
    from pdfqueue.engines.catalog.words import offers_price

    for text in ("Freight free on orders over $350.", "Versandkostenfrei über 50 €", "under $10"):
        assert not offers_price(text), text
    for text in ("Oak Chair £149", "Under $10 gifts: Mug $4", "RRP £149"):
        assert offers_price(text), text


def test_a_labelled_price_level_with_a_caption_s_is_its_further_price_not_the_next_card_s() -> None:
    """Cards side by side, a thumbnail and its text: the dealer's price ("HEK 96,09") and the
    shop's, level with it further right ("UVP 174,72"); the next card's prices, past its
    photo, stay its own."""
    items = (
        ("Kette 11-fach", "746-9409", "96,09", "174,72"),
        ("Bremsscheibe", "741-8294", "3,77", "6,76"),
    )
    blocks: list[Block] = []
    for n, (name, code, dealer, shop) in enumerate(items):
        x = 40 + 263 * n
        blocks += [
            Block("figure", (x, 92, x + 52, 144), "", image_index=n),
            _block("heading", x + 60, 94, [name], 8.5),
            _block("paragraph", x + 60, 107, [f"Art.-Nr. {code}"], 7),
            _block("heading", x + 60, 129, [f"HEK {dealer}"], 9),
            _block("paragraph", x + 196, 129, [f"UVP {shop}"], 7.5),
        ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        (name, [dealer, shop]) for name, _, dealer, shop in items
    ]


def _chip_card(top: float, n: int, name: str, code: str, price: str, chips: str) -> list:
    """A pet shop's card: the photo at the left, its name, SKU and price right of it, a row of
    option chips under the photo (their outlines read as brackets on a scan)."""
    return [
        Block("figure", (40, top, 200, top + 120), "", image_index=n),
        _block("caption", 40, top + 128, ["Flavor:"], 9),  # the options' labels, then chips
        _block("caption", 100, top + 128, [chips], 9),
        _block("paragraph", 40, top + 146, ["Size:"], 8),
        _block("heading", 215, top + 4, [name], 12),
        _block("paragraph", 215, top + 24, [f"SKU {code}", "Made in the USA."], 8),
        _block("heading", 215, top + 60, [price], 16),
    ]


def test_option_chips_under_a_photo_give_way_to_the_name_code_and_price_beside_it() -> None:
    """Under each photo a row of option chips ("Salmon ) Lamb") after their label ("Flavor:"),
    the next label under it ("Size:"), read as a name and a description with neither code
    nor price; right of the photo the card's name, SKU and price: each card is
    the product beside its photo, and the chips name no grid of photos. Control: photos
    captioned by a name and a line each, nothing beside them, are still a grid."""
    cards = [
        ("Harvest Adult Dog Food", "PS-40611", "$18.99", "Salmon ) Lamb"),
        ("Catnip Kicker Toy", "PS-40309", "$7.99", "Coral ( Mustard"),
        ("Timothy Hay Bale", "PS-40222", "$14.99", "First Second"),
    ]
    blocks = [b for n, card in enumerate(cards) for b in _chip_card(60 + 220 * n, n, *card)]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, code, price, _ in cards
    ]
    grid = []
    for n, (name, line) in enumerate(
        [("Oak Stool", "Hand-finished oak"), ("Ash Bench", "Oiled ash"), ("Elm Shelf", "Waxed elm")]
    ):
        grid.append(Block("figure", (40 + 180 * n, 60, 200 + 180 * n, 180), "", image_index=n))
        grid += [_block("caption", 40 + 180 * n, 188, [name], 11)]
        grid += [_block("caption", 40 + 180 * n, 204, [line], 8)]
    assert [p.name for p in products_from_layout(_page(*grid))] == [
        "Oak Stool",
        "Ash Bench",
        "Elm Shelf",
    ]
