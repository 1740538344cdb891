"""Forms met on a practice batch of catalogs: a Swedish shop's "4 995:-" prices, a wholesaler's
many-parted order codes ("KR-3V-200") and names carrying dimensions, a brand in capitals over a
drugstore tile's name, a price badge on a photo set as an amount over its currency ("449" /
"kr."), and a regular price struck under an offer with the name wrapped beside it; each with
the look-alike it must leave alone."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import PRICE, amount_value, is_name
from pdfqueue.engines.layout import Block


def _text(kind: str, left: float, top: float, lines: list[str], size: float) -> Block:
    right = left + 0.5 * size * max(len(line) for line in lines)
    box = (left, top, right, top + size * 1.2 * len(lines))
    return Block(kind, box, " ".join(lines), font_size=size, lines=lines)  # type: ignore[arg-type]


def _photo(left: float, top: float, width: float, height: float, n: int) -> Block:
    return Block("figure", (left, top, left + width, top + height), "", image_index=n)


# --- "4 995:-": a Swedish whole amount ---------------------------------------------------------


def test_a_swedish_whole_amount_with_a_colon_dash_is_a_price() -> None:
    assert PRICE.fullmatch("4 995:-")
    assert PRICE.search("Nu 1 495:-").group(0) == "1 495:-"
    assert amount_value("7 495:-") == 7495
    rows = [["Soffa Lund 3-sits", "4 995:-"], ["Fåtölj Berga", "3 495:-"], ["Pall Knut", "595:-"]]
    products = products_from_layout(one_page(table([["Artikel", "Pris"], *rows])))
    assert [(p.name, p.prices) for p in products] == [(r[0], [r[1]]) for r in rows]


def test_a_clock_time_or_a_ratio_is_no_colon_dash_price() -> None:
    assert PRICE.search("Öppet 10:30-18:00") is None
    assert not PRICE.fullmatch("2:-")  # one figure: a score, not a price


# --- a wholesaler's many-parted codes, names carrying dimensions ------------------------------

_BOXES = [
    ["KR-3V-200", "Krabice 3VL 200 × 150 × 100 mm, hnědá", "25 ks", "162,00", "149,04"],
    ["KR-3V-300", "Krabice 3VL 300 × 200 × 150 mm, hnědá", "25 ks", "214,00", "196,88"],
    ["OB-BUB-C4", "Bublinková obálka C4, recyklovatelná", "100 ks", "689,00", "633,88"],
    ["TS-PAP-M", "Papírová taška 240 × 110 × 320 mm", "50 ks", "399,00", "367,08"],
]


def test_a_column_of_many_parted_order_codes_codes_its_rows() -> None:
    products = products_from_layout(one_page(table(_BOXES)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (r[1], [r[0]], [r[3], r[4]]) for r in _BOXES
    ]


def test_a_column_repeating_one_joined_value_codes_nothing() -> None:
    rows = [["EN-71-3", *r[1:]] for r in _BOXES]  # a standard the goods meet: an attribute
    assert products_from_layout(one_page(table(rows))) == []


def test_a_name_carrying_its_dimensions_is_a_name_and_dimensions_alone_are_not() -> None:
    assert is_name("Krabice 3VL 200 × 150 × 100 mm, hnědá")
    assert is_name("Lepicí páska hot-melt 48 mm × 132 m, hnědá")
    assert is_name("Plastová obálka LDPE 325 × 425 mm se samolepicí klopou")  # 8 words besides
    assert not is_name("200 × 150 × 100 mm")
    assert not is_name("12 kg 15 kg")
    assert not is_name("oprawa twarda · 352 s. · 14,5 × 20,5 cm")  # a book's specification
    assert not is_name("Delivered on pallets of up to twelve boxes each within days, 40 kg")


# --- a brand in capitals over a tile's name ----------------------------------------------------


def _tile(n: int, brand: str, name: str, name_size: float) -> list[Block]:
    left = 40 + 180 * n
    return [
        _photo(left, 100, 125, 80, n),
        _text("caption", left, 192, [brand], 7.5),
        _text("paragraph", left, 203, [name], name_size),
        _text("paragraph", left, 216, ["400 ml"], 7),
        _text("heading", left, 240, [f"{12 + n},99 zł"], 20),
    ]


def test_a_brand_in_capitals_over_a_tile_s_name_leads_the_name() -> None:
    tiles = (("GARNIER", "Szampon Fructis"), ("DOVE", "Żel pod prysznic"), ("ZIAJA", "Mleczko"))
    blocks = [b for n, (brand, name) in enumerate(tiles) for b in _tile(n, brand, name, 8.5)]
    names = [p.name for p in products_from_layout(one_page(*blocks))]
    assert names == [f"{brand} {name}" for brand, name in tiles]


def test_a_brand_over_smaller_copy_stays_the_name() -> None:
    tiles = (("GARNIER", "Szampon Fructis"), ("DOVE", "Żel pod prysznic"), ("ZIAJA", "Mleczko"))
    blocks = [b for n, (brand, name) in enumerate(tiles) for b in _tile(n, brand, name, 6.5)]
    names = [p.name for p in products_from_layout(one_page(*blocks))]
    assert names == [brand for brand, _ in tiles]


# --- a price badge on a photo: an amount over its currency -------------------------------------


def _gift(n: int, price: str, mark: str) -> list[Block]:
    left = 40 + 175 * n
    return [
        _photo(left, 140, 165, 140, n),
        _text("heading", left + 120, 240, [price], 12),
        _text("paragraph", left + 128, 256, [mark], 7),
        _text("caption", left, 290, [f"Gave nummer {'abc'[n]}"], 10.5),
        _text("paragraph", left, 307, ["Drejet i hånden, hver glasur er unik."], 8.5),
    ]


def test_an_amount_over_its_currency_on_a_photo_prices_the_caption_under_it() -> None:
    blocks = [b for n, price in enumerate(("449", "189", "229")) for b in _gift(n, price, "kr.")]
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Gave nummer a", ["449 kr."]),
        ("Gave nummer b", ["189 kr."]),
        ("Gave nummer c", ["229 kr."]),
    ]


def test_an_amount_over_a_unit_on_a_photo_prices_nothing() -> None:
    blocks = [b for n, size in enumerate(("449", "189", "229")) for b in _gift(n, size, "cm")]
    assert all(not p.prices for p in products_from_layout(one_page(*blocks)))


# --- a regular price struck under the offer, the name wrapped beside it ------------------------

_TILES = [
    ["Kod", "Nazwa", "Format cm", "zł/m²", "zł/opak."],
    ["MA144-60", "Marmo Bianco płytka", "60×60", "69,90", "100,66"],
    ["", "podłogowa poler", "", "89,90", ""],
    ["MA215-60", "Marmo Bianco płytka mat", "60×120", "119,90", "172,66"],
    ["MA219-30", "Marmo Bianco płytka ścienna", "30×60", "64,90", "105,14"],
]


def test_a_price_struck_under_the_offer_beside_the_wrapped_name_is_the_row_s() -> None:
    products = products_from_layout(one_page(table(_TILES)))
    assert [(p.name, p.prices) for p in products] == [
        ("Marmo Bianco płytka podłogowa poler", ["69,90", "89,90", "100,66"]),
        ("Marmo Bianco płytka mat", ["119,90", "172,66"]),
        ("Marmo Bianco płytka ścienna", ["64,90", "105,14"]),
    ]


def test_a_row_of_its_own_under_an_unpriced_row_is_not_folded_into_it() -> None:
    rows = [list(r) for r in _TILES]
    rows[1][3] = ""  # the row above has no price per m²: the row under is no struck price
    rows[2][1] = "Podłogowa poler"
    names = [p.name for p in products_from_layout(one_page(table(rows)))]
    assert "Marmo Bianco płytka podłogowa poler" not in names


def test_a_struck_price_ocr_read_through_its_stroke_still_folds_the_wrapped_name() -> None:
    """On a scan the stroke through the former price reads into it ("89;96-" for 89,90): the
    row is still the wrapped name beside the former price; its figures, unsure, are not kept."""
    rows = [list(r) for r in _TILES]
    rows[2][3] = "89;96-"
    first = products_from_layout(one_page(table(rows)))[0]
    assert (first.name, first.prices) == (
        "Marmo Bianco płytka podłogowa poler",
        ["69,90", "100,66"],
    )


def test_a_row_of_words_with_a_dash_in_the_price_column_stays_its_own() -> None:
    """Control: a row's own text in the price column ("on request-") is no struck price."""
    rows = [list(r) for r in _TILES]
    rows[2][3] = "on request-"
    names = [p.name for p in products_from_layout(one_page(table(rows)))]
    assert "Marmo Bianco płytka podłogowa poler" not in names
