"""Retail catalogs' forms: a toy card's text spread beside its photo under an age badge, a
caption's price set under a row of colour swatches, a menu board's two price columns (at the
table, to take away), a flyer's big price among a card's details, cards left over when photo
captions gave most of a page, a scan's garbled lines that must not rename a caption, and a
recall notice, which offers nothing; each with the look-alike it must leave alone."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import PRICE, offers_price
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 612, 792)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _text(
    kind: str, left: float, top: float, lines: list[str], size: float, width: float = 0.0
) -> Block:
    height = size * 1.2 * len(lines)
    right = left + (width or 0.5 * size * max(len(line) for line in lines))
    box = (left, top, right, top + height)
    return Block(kind, box, " ".join(lines), font_size=size, lines=lines)  # type: ignore[arg-type]


def _photo(left: float, top: float, width: float, height: float, n: int) -> Block:
    return Block("figure", (left, top, left + width, top + height), "", image_index=n)


# --- a card's text spread beside its photo, an age badge hanging under the photo -----------


def _toy_card(left: float, top: float, n: int, badge: str, beside: list[Block]) -> list[Block]:
    return [
        _photo(left, top, 108, 140, n),
        _text("caption", left + 98, top + 166, [badge], 12),  # the next card's badge
        _text("paragraph", left + 99, top + 181, ["YRS"], 5.5),
        *beside,
    ]


def test_a_toy_card_s_text_spread_beside_its_photo_under_a_badge_is_a_product() -> None:
    blocks: list[Block] = []
    cards = (
        (["Wooden Stacking", "Rainbow"], "42049", "$24.49", "2+"),
        (["My First Tool Bench"], "44387", "$17.49", "3+"),
    )
    for n, (name, item, price, badge) in enumerate(cards):
        top = 80 + 172 * n
        x = 172  # 23 points right of the photo
        beside = [
            _text("heading", x, top, name, 11, width=92),
            _text("paragraph", x, top + 33, ["Aperiam sit in impedit architecto", "eaque."], 8.5),
            _text("paragraph", x, top + 91, [f"Item No. {item}"], 8),  # set low in the card
            _text("heading", x, top + 120, [price], 18),
        ]
        blocks += _toy_card(41, top, n, badge, beside)
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Wooden Stacking Rainbow", ["42049"], ["$24.49"]),
        ("My First Tool Bench", ["44387"], ["$17.49"]),
    ]


def test_a_staff_page_s_photos_with_a_badge_under_and_a_profile_beside_give_none() -> None:
    blocks: list[Block] = []
    for n, (name, role) in enumerate((("Anna Berg", "Head of Sales"), ("Tom Reed", "Buyer"))):
        top = 80 + 172 * n
        beside = [
            _text("heading", 172, top, [name], 11),
            _text("paragraph", 172, top + 20, [role], 8.5),
            _text("paragraph", 172, top + 91, ["Joined the team in spring"], 8),
        ]
        blocks += _toy_card(41, top, n, "10+", beside)
    assert products_from_layout(_page(*blocks)) == []


# --- a caption's codes and price set under a row of colour swatches ------------------------


def _swatch_card(left: float, n: int, name: str, under: list[str]) -> list[Block]:
    blocks = [
        _photo(left, 88, 166, 62, n),
        _text("caption", left, 155, [name], 9.5),
        _text("caption", left, 168, ["Pack of 10"], 8),
    ]
    top = 198.0  # past the swatches, 12 points tall, drawn but not text
    for line in under:
        size = 6.5 if not PRICE.match(line) else 14
        blocks.append(_text("paragraph", left, top, [line], size))
        top += 14
    return blocks


def test_a_caption_s_codes_and_price_under_a_row_of_swatches_are_its_own() -> None:
    items = (
        ("Lever Arch File A4", "BL 810-90 BK 810-25", "£23.22 per pack"),
        ("Ring Binder 2-Ring", "BL 380-63", "£21.24 per pack"),
        ("Box File with Lock", "BL 102-17 BK 102-51", "£2.23 each"),
    )
    blocks: list[Block] = []
    for n, (name, codes, price) in enumerate(items):
        blocks += _swatch_card(34 + 180 * n, n, name, [codes, price])
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        (name, [price.split()[0]]) for name, _, price in items
    ]


def test_a_sentence_naming_a_price_past_a_gap_under_a_caption_is_not_its_price() -> None:
    blocks = _swatch_card(34, 0, "Town Hall", ["Tickets £12 at the door"])
    assert products_from_layout(_page(*blocks)) == []


def _captioned_card(left: float, n: int, name: str, under: str) -> list[Block]:
    return [
        _photo(left, 88, 166, 62, n),
        _text("caption", left, 155, [name], 9.5),
        _text("caption", left, 168, [under], 8),
    ]


VENUES = ("Town Hall", "Old Library", "Market Square")


def test_a_sentence_naming_a_price_under_each_captioned_photo_prices_none() -> None:
    """An event notice under each photo of a grid: the amount it mentions is no offer."""
    blocks: list[Block] = []
    for n, name in enumerate(VENUES):
        blocks += _captioned_card(34 + 180 * n, n, name, "Tickets £12 at the door")
    assert [(p.name, p.prices) for p in products_from_layout(_page(*blocks))] == [
        (name, []) for name in VENUES
    ]


def test_a_sentence_naming_a_price_past_a_gap_under_each_card_prices_none() -> None:
    """Cards alike (read as titled entries) whose only amount is an event notice's."""
    blocks: list[Block] = []
    for n, name in enumerate(VENUES):
        blocks += _swatch_card(34 + 180 * n, n, name, ["Tickets £12 at the door"])
    assert all(not p.prices for p in products_from_layout(_page(*blocks)))


def test_a_price_line_under_each_captioned_photo_is_its_price() -> None:
    lines = ("Price: £12", "£12 per pack", "Gift box £12")
    blocks: list[Block] = []
    for n, (name, line) in enumerate(zip(VENUES, lines, strict=True)):
        blocks += _captioned_card(34 + 180 * n, n, name, line)
    assert [(p.name, p.prices) for p in products_from_layout(_page(*blocks))] == [
        (name, ["£12"]) for name in VENUES
    ]


def test_a_line_offers_its_price_when_it_starts_or_ends_with_it_not_mid_sentence() -> None:
    offers = ("£12 per pack", "RRP £149", "Oak Chair £149", "soit 26,47 € le kg", "1,99 €/kg")
    mentions = ("Tickets £12 at the door", "Entry costs £5 for all visitors")
    assert [offers_price(line) for line in offers] == [True] * len(offers)
    assert [offers_price(line) for line in mentions] == [False] * len(mentions)


# --- a flyer's tile: a price burst and a multi-buy roundel on the photo --------------------


def _tile(left: float, n: int, name: str, burst: str, deal: str) -> list[Block]:
    blocks = [
        _photo(left, 98, 160, 136, n),
        _text("caption", left + 2, 243, [name], 11),
        _text("paragraph", left + 2, 258, ["400g"], 9.5),
        _text("paragraph", left + 2, 307, ["£2.27 per kg"], 7.5),  # the grey unit price
    ]
    if burst:  # in the photo's corner
        blocks.append(_text("heading", left + 117, 116, [burst], 17))
    if deal:
        head, price = deal.rsplit(" ", 1)
        blocks.append(_text("paragraph", left + 16, 194, [head], 9))
        blocks.append(_text("paragraph", left + 19, 205, [price], 12))
    return blocks


TILES = (("Mature Cheddar Cheese", "91p"), ("Smoked Back Bacon", "£3.48"), ("Beef Mince", "93p"))


def test_a_tile_s_burst_is_its_price_not_its_multi_buy_roundel_s() -> None:
    blocks: list[Block] = []
    for n, (name, burst) in enumerate(TILES):
        blocks += _tile(36 + 180 * n, n, name, burst, "2 for £5")
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [(name, [burst]) for name, burst in TILES]


def test_a_price_sticker_without_a_multi_buy_head_over_it_is_the_photo_s_price() -> None:
    """The roundel's price alone, no "2 for" over it: a price sticker like any other."""
    blocks: list[Block] = []
    for n, (name, _) in enumerate(TILES):
        blocks += _tile(36 + 180 * n, n, name, "", "")
        blocks.append(_text("paragraph", 36 + 180 * n + 19, 205, ["£5"], 12))
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [(name, ["£5"]) for name, _ in TILES]


# --- a menu board's two price columns -------------------------------------------------------


def _menu_line(top: float, name: str, prices: str, leader: str = " . . . . . . . .") -> list[Block]:
    return [
        _text("paragraph", 48, top, [f"{name}{leader}"], 12, width=126),
        _text("paragraph", 185, top, [prices], 12, width=90),
    ]


COFFEES = (
    ("Pingado", "0,95 €", "0,85 €"),
    ("Abatanado", "1,10 €", "1,00 €"),
    ("Galão", "1,50 €", "1,40 €"),
    ("Meia de leite", "1,40 €", "1,30 €"),
)


def test_a_menu_line_with_two_prices_side_by_side_has_both() -> None:
    blocks: list[Block] = []
    for row, (name, here, away) in enumerate(COFFEES):
        blocks += _menu_line(213 + 50 * row, name, f"{here} {away}")
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        (name, [here, away]) for name, here, away in COFFEES
    ]


def test_a_price_survey_s_rows_of_five_shops_prices_are_no_entries() -> None:
    blocks: list[Block] = []
    for row, name in enumerate(("Milk", "Bread", "Eggs", "Butter")):
        blocks += _menu_line(213 + 30 * row, name, "1,10 € 1,15 € 1,09 € 1,20 € 1,12 €", "")
    assert products_from_layout(_page(*blocks)) == []


def test_a_menu_row_the_table_finder_took_keeps_its_entries_beside_the_leader_lines() -> None:
    """The first line of each column, under the section titles, read as one table's row: its
    cells are entries too, one whose long name left no room for dots among them."""
    row = [
        "Bica (café expresso) 0,90 € 0,80 €",
        "Pastel de nata . . . . . . . . .",
        "1,20 €",
        "Papo-seco . . . . . . . . . . .",
        "0,25 €",
    ]
    table = Block("table", (48, 116, 794, 177), "", rows=[["CAFÉS", "PASTELARIA", "", "PÃO"], row])
    blocks: list[Block] = [table]
    for n, (name, here, away) in enumerate(COFFEES):
        blocks += _menu_line(213 + 50 * n, name, f"{here} {away}")
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert sorted(names) == sorted(
        ["Bica (café expresso)", "Pastel de nata", "Papo-seco", *(c[0] for c in COFFEES)]
    )


def test_a_worksheet_s_amounts_on_a_page_of_leaders_to_line_numbers_are_no_entries() -> None:
    """A tax form's worksheet sets leaders out to its line numbers, and lists amounts by
    filing status without any: those lines are no menu's, whatever the page's leaders."""
    prose = ["If you are filing for an estate or trust, use the schedules on page 47."] * 12
    blocks: list[Block] = [_text("paragraph", 300, 300, prose, 9)]
    for row, step in enumerate(("Subtract line 4 from line 3", "Multiply line 2 by 3", "Add")):
        blocks.append(_text("list_item", 46, 300 + 20 * row, [f"{step} . . . . . . . . 5."], 9))
    for row, status in enumerate(("Box 1 or 2", "Box 3, 4, or 5", "Box 6")):
        price = ("$156,400", "$117,300", "$234,600")[row]
        blocks.append(_text("list_item", 57, 400 + 13 * row, [f"• {status}, enter {price}"], 9))
    assert products_from_layout(_page(*blocks)) == []


# --- a flyer's big price among a card's details ---------------------------------------------


def _flyer_unit(left: float, top: float, name: str, pack: str, big: str | None) -> list[Block]:
    blocks = [
        _text("paragraph", left, top, [name], 11),
        _text("paragraph", left, top + 15, [pack], 9.5),
        _text("paragraph", left, top + 64, [f"£{len(name) / 10:.2f} per kg"], 7.5),
    ]
    if big is not None:  # the next card's price burst, its photo not found
        blocks.append(_text("heading", left + 109, top + 113, [big], 17))
    return blocks


def test_a_flyer_card_whose_details_run_into_a_big_price_is_still_a_product() -> None:
    cards = (
        ("Mature Cheddar Cheese", "400g", "£3.81"),
        ("Smoked Back Bacon", "300g", None),
        ("Beef Lean Steak Mince", "500g", None),
    )
    blocks: list[Block] = []
    for n, (name, pack, big) in enumerate(cards):
        blocks += _flyer_unit(38 + 180 * n, 483, name, pack, big)
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert names == [name for name, _, _ in cards]


def test_a_subtitle_with_the_cards_big_prices_right_under_it_is_no_product() -> None:
    blocks = [_text("paragraph", 32, 56, ["FreshWay · Wednesday 2 to Tuesday 8"], 11)]
    blocks.append(_text("heading", 147, 116, ["£1.00"], 17))
    for n, (name, pack) in enumerate((("Baby Spinach", "200g"), ("Braeburn Apples", "6 pack"))):
        blocks += _flyer_unit(38 + 180 * n, 243, name, pack, None)
    blocks += _flyer_unit(398, 243, "Greek Yoghurt", "1kg", None)
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert "FreshWay · Wednesday 2 to Tuesday 8" not in names


# --- cards left over when photo captions gave most of a page --------------------------------


def _bike_card(left: float, top: float, n: int, name: str, price: str, photo: bool) -> list:
    blocks = [_photo(left - 4, top - 150, 253, 143, n)] if photo else []
    return [
        *blocks,
        _text("caption" if photo else "heading", left, top, [name], 13.5),
        _text("caption" if photo else "paragraph", left, top + 17, ["Stadscykel - 2026"], 9.5),
        _text("paragraph", left, top + 32, ["7 vaxlar - 17,9 kg"], 9.5),
        _text("heading", left + 166, top + 30, [price], 18),
    ]


def test_cards_without_a_photo_found_among_captioned_ones_are_products_too() -> None:
    cards = (
        ("Crescent Elda", "7 995 kr", True),
        ("Crescent Eton", "7 595 kr", True),
        ("Monark Karin", "8 295 kr", True),
        ("Skeppshult Natur", "9 295 kr", False),
        ("Nordvag Gravel", "14 195 Kkr", True),  # OCR garbled its price
    )
    blocks: list[Block] = []
    for n, (name, price, photo) in enumerate(cards):
        blocks += _bike_card(36 + 260 * (n % 3), 216 + 255 * (n // 3), n, name, price, photo)
    names = sorted(p.name for p in products_from_layout(_page(*blocks)))
    assert names == sorted(name for name, _, _ in cards)


def test_a_price_in_kronor_capitalised_is_a_price() -> None:
    assert PRICE.fullmatch("3 595 Kr") is not None
    assert PRICE.search("a Kr. 5 note") is None


# --- a scan's garbled lines must not rename a caption --------------------------------------


def test_a_larger_line_past_a_caption_s_code_or_a_chip_read_as_text_does_not_rename_it() -> None:
    """A specification's first key OCR set large ("Power") past the name's code, and a size
    chip OCR read as large text ("(onee") right under the name, name nothing."""
    cards = (
        ("Wet & Dry Vacuum 20L", [("Code 190-285", 9), ("Power", 16.5)]),
        ('Lilla Bjorn 16"', [("(onee", 39), ("Art.nr 1840-175", 9)]),
    )
    blocks: list[Block] = []
    for n, (name, lines) in enumerate(cards):
        left = 40 + 280 * n
        blocks += [_photo(left, 67, 154, 127, n), _text("caption", left, 198, [name], 13.2)]
        top = 214.0
        for line, size in lines:
            blocks.append(_text("caption", left, top, [line], size))
            top = blocks[-1].bottom + 2
        blocks.append(_text("paragraph", left, top + 2, ["£55.99"], 11))
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert names == [name for name, _ in cards]


# --- a recall notice ------------------------------------------------------------------------


def _sheet(title: str, prose: str) -> DocumentLayout:
    rows = [
        ["Product", "Sea Salt Crisps Sharing Bag"],
        ["Pack size", "150g"],
        ["Batch codes", "L2611A, L2611B"],
        ["Weight", "150 g"],
        ["Price", "£1.25"],
    ]
    return _page(
        _text("heading", 40, 25, [title], 32),
        _text("paragraph", 40, 146, [prose], 10.5),
        Block("table", (40, 250, 360, 372), "", rows=rows),
        _photo(395, 110, 160, 128, 0),
    )


def test_a_product_recall_notice_offers_nothing() -> None:
    prose = "FreshWay is recalling the product below because it may contain plastic."
    assert products_from_layout(_sheet("PRODUCT RECALL", prose)) == []


def test_a_data_sheet_that_mentions_a_recall_in_its_text_is_still_a_product() -> None:
    prose = "Resealable bag; no recall has ever affected this line."
    products = products_from_layout(_sheet("Sea Salt Crisps Sharing Bag", prose))
    assert [p.name for p in products] == ["Sea Salt Crisps Sharing Bag"]
