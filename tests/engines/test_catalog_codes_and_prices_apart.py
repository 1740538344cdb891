"""Codes and prices set apart from the text that names the product.

A code the entry's rules left unread, on a block of its own: level with the name in a list's
margin ("M1914"), right of the name in a row of cards ("VL 3046"), under a card's price
("Item # 8088824"); a column of prefixed codes one of whose prefixes is a currency's letters
("GBP 3034"); a wholesaler's comparison price per kilo right of the pack's price; a list row's
prices stacked at its right edge (per piece, per case), or its price level with the next
column's; a price whose tax marker is glued to its currency ("431,00 €HT"); a small table of
an item's sizes across over their prices; a slide's card priced far below its copy; a price per
kilo printed after its measure ("1 kg = 40,90 zł"). Controls: a code level with two names where
nothing on the page tells which it stands beside; a year in the margin; a column of amounts in
a currency; a butcher's prices per kilo alone; a table of figures under an item; a price past
another photo; a price per kilo printed after the price it compares."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import is_price
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

LIST = [
    ("M1914", "Cedar Shoe Trees, Pair", "$29.95"),
    ("K6260", "Microfibre Lint Roller Set", "$61.95"),
    ("W3058", "Cast Iron Bootjack", "$49.00"),
    ("H1824", "Flannel-Lined Gardening Gloves", "$30.95"),
]
PROSE = "Sturdy and handsome, made to last for many years of daily use."


def _mail_order(pdf: FPDF, codes: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(136, 45, "Hollis & Finch")
    for n, ((_, name, price), code) in enumerate(zip(LIST, codes, strict=True)):
        top = 90 + 80 * n
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(14, top, code)
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(136, top, name)
        pdf.text(520, top, price)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(136, top + 16, PROSE)
        pdf.text(136, top + 28, "Colours: Natural")


def test_a_code_in_a_list_s_margin_level_with_the_name_is_its_code(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _mail_order(pdf, [code for code, _, _ in LIST])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for code, name, price in LIST
    ]


def test_a_year_in_a_list_s_margin_is_no_code(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _mail_order(pdf, ["2019", "2020", "2021", "2022"])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(name, []) for _, name, _ in LIST]


FRAMES = [
    ("Hayes", "VL 3046", "€ 119"),
    ("Linden", "VL 3047", "€ 129"),
    ("Morrow", "VL 3056", "€ 139"),
]


def _frames(codes_left: float) -> DocumentLayout:
    """A row of three frames' cards: photo, name, the code level with the name at `codes_left`
    within each card, size, price."""
    page = PageLayout(1, 595, 842)
    for n, (name, code, price) in enumerate(FRAMES):
        left = 50 + 176 * n
        page.blocks += [
            Block("figure", (left - 2, 90, left + 146, 156), "", image_index=n),
            Block("caption", (left, 171, left + 48, 187), name, font_size=13, lines=[name]),
            Block("paragraph", (left, 196, left + 49, 206), "52□19 145", font_size=8),
            Block("paragraph", (left, 249, left + 62, 258), "Women · Square", font_size=8),
            Block("heading", (left, 282, left + 63, 295), f"RRP {price}", font_size=11),
        ]
        page.blocks.append(
            Block(
                "caption",
                (left + codes_left, 176, left + codes_left + 37, 186),
                code,
                font_size=8,
                lines=[code],
            )
        )
    return DocumentLayout([page])


def test_codes_right_of_the_names_in_a_row_of_cards_are_theirs() -> None:
    products = products_from_layout(_frames(107))
    assert [(p.name, p.codes) for p in products] == [(n, [c]) for n, c, _ in FRAMES]


def test_a_code_between_two_names_with_nothing_telling_whose_is_neither_s() -> None:
    document = _frames(107)
    page = document.pages[0]
    page.blocks = [b for b in page.blocks if b.text != "VL 3056"]  # the one that tells
    products = products_from_layout(document)
    assert [(p.name, p.codes) for p in products] == [(n, []) for n, _, _ in FRAMES]


def _gadget_cards(pdf: FPDF, tmp_path: Path, labels: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(30, 40, "This week's tech picks")
    cards = [("Orion Ultra Drone", "$585.99"), ("Kestrel Studio Monitor", "$214.99")]
    for n, ((name, price), label) in enumerate(zip(cards, labels, strict=True)):
        left = 30 + 186 * n
        photo = tmp_path / f"photo{n}.png"
        Image.new("RGB", (176, 100), (40 + 80 * n, 120, 200)).save(photo)
        pdf.image(str(photo), x=left, y=60, w=176, h=100)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(left, 185, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left, 210, "- 4K camera, 3-axis gimbal")
        pdf.text(left, 220, "- 34 min flight time")
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(left, 260, price)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(left, 272, label)


def test_an_item_number_under_a_card_s_price_is_its_code(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _gadget_cards(pdf, tmp_path, ["Item # 8088824", "Item # 1790028"])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [
        ("Orion Ultra Drone", ["8088824"]),
        ("Kestrel Studio Monitor", ["1790028"]),
    ]


def test_a_delivery_note_under_a_card_s_price_is_no_code(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _gadget_cards(pdf, tmp_path, ["Free delivery", "Free delivery"])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [
        ("Orion Ultra Drone", []),
        ("Kestrel Studio Monitor", []),
    ]


def _record_list(pdf: FPDF, codes: list[str]) -> list[tuple[str, str, str]]:
    rows = [
        (codes[0], "THE DREAMS COLLECTIVE - Train Sessions", "EUR 18,37"),
        (codes[1], "YINTHE PONS - Night Street", "EUR 27,14"),
        (codes[2], "TIJN VAN DEN HEUVEL - Sun Soul Blue", "EUR 43,45"),
        (codes[3], "THE LIVE ORCHESTRA - Moon River Train", "EUR 36,44"),
        (codes[4], "DIRK VAN DER STAEL - Sun Echoes", "EUR 28,92"),
    ]
    pdf.add_page()
    pdf.set_font("Courier", "", 9)
    pdf.text(100, 60, "ARTIEST - TITEL")
    pdf.text(450, 60, "PRIJS")
    for n, (code, title, price) in enumerate(rows):
        y = 90 + 13 * n
        pdf.text(40, y, code)
        pdf.text(100, y, title)
        pdf.text(380, y, "CD")
        pdf.text(450, y, price)
    return rows


def test_a_code_whose_prefix_is_a_currency_s_letters_in_a_column_of_codes(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    rows = _record_list(pdf, ["GRS 4630", "MMA 8682", "JEK 1500", "HSS 8277", "GBP 3034"])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(t, [c]) for c, t, _ in rows]


def test_a_column_of_several_amounts_in_a_currency_gives_no_codes(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _record_list(pdf, ["GRS 4630", "EUR 8682", "JEK 1500", "GBP 8277", "EUR 3034"])
    products = products_of_pdf(pdf, tmp_path)
    assert all(p.codes == [] for p in products)


def _wholesale(pdf: FPDF, per_kilo: list[str], packs: bool = True) -> list[tuple[str, ...]]:
    rows = [
        ("742326", "Vetemjöl special", "10 × 2 kg", "290,00", "29,00", per_kilo[0]),
        ("878732", "Strösocker", "12 × 1 kg", "202,80", "16,90", per_kilo[1]),
        ("850303", "Jasminris", "4 × 5 kg", "550,00", "137,50", per_kilo[2]),
        ("228548", "Pasta penne rigate", "6 × 3 kg", "430,20", "71,70", per_kilo[3]),
    ]
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 45, "Storköksgrossisten Norrland AB")
    pdf.set_font("Helvetica", "", 9)
    for n, row in enumerate(rows):
        y = 90 + 14 * n
        cells = row if packs else (*row[:3], row[5])
        lefts = (40, 90, 250, 330, 400, 470) if packs else (40, 90, 250, 330)
        for x, cell in zip(lefts, cells, strict=True):
            pdf.text(x, y, cell)
    return rows


def test_a_pack_s_price_left_of_a_comparison_price_per_kilo_is_the_price(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    rows = _wholesale(pdf, ["14,50 kr/kg", "16,90 kr/kg", "27,50 kr/kg", "23,90 kr/kg"])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(r[1], [r[3]]) for r in rows]


def test_a_butcher_s_prices_per_kilo_alone_stay_the_prices(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    rows = _wholesale(pdf, ["14,50 kr/kg", "16,90 kr/kg", "27,50 kr/kg", "23,90 kr/kg"], False)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(r[1], [r[5]]) for r in rows]


def _list_rows(prices: list[list[str]], second_column: bool = False) -> DocumentLayout:
    """A list of photos, each with its name, brand and code beside it and its prices stacked
    at the page's right edge; with `second_column`, the rows are a column's and the next
    column's entries stand right of them, priced level."""
    page = PageLayout(1, 595, 842)
    names = ["Aceite de oliva virgen extra", "Aceite de girasol alto oleico", "Atún claro"]
    for n, (name, stacked) in enumerate(zip(names, prices, strict=True)):
        top = 92 + 68 * n
        page.blocks += [
            Block("figure", (36, top, 90, top + 54), "", image_index=n),
            Block("heading", (100, top + 2, 229, top + 14), name, font_size=11, lines=[name]),
            Block("paragraph", (100, top + 16, 180, top + 38), "Olivar del Sur Formato: caja"),
            Block("paragraph", (100, top + 41, 215, top + 50), f"Cód. 2446{n} EAN 84277168501{n}0"),
        ]
        for k, price in enumerate(stacked):
            right = 280 if second_column else 561
            y = top + 8 + 19 * k
            page.blocks.append(
                Block("paragraph", (right - 50, y, right, y + 12), price, lines=[price])
            )
        if second_column:
            page.blocks += [
                Block("figure", (305, top, 363, top + 54), "", image_index=10 + n),
                Block("heading", (373, top + 2, 494, top + 14), f"Libro {n}", lines=[f"Libro {n}"]),
                Block("paragraph", (373, top + 16, 463, top + 38), "por Ana Ruiz"),
                Block("paragraph", (373, top + 41, 540, top + 50), f"ISBN 978-1-0698-906{n}-3"),
                Block("paragraph", (525, top + 8, 555, top + 20), "£23", lines=["£23"]),
            ]
    return DocumentLayout([page])


def test_prices_stacked_at_a_list_row_s_right_edge_are_its_prices() -> None:
    prices = [
        ["8,03 €/ud.", "96,36 €/caja"],
        ["2,23 €/ud.", "33,45 €/caja"],
        ["1,25 €/ud.", "7,50 €/caja"],
    ]
    products = products_from_layout(_list_rows(prices))
    assert [p.prices for p in products] == prices


def test_a_list_row_s_price_level_with_the_next_column_s_is_its_own() -> None:
    products = products_from_layout(_list_rows([["8,03 €"], ["2,23 €"], ["1,25 €"]], True))
    priced = {p.name: p.prices for p in products}
    assert priced["Aceite de oliva virgen extra"] == ["8,03 €"]
    assert priced["Atún claro"] == ["1,25 €"]


def test_a_tax_marker_glued_to_the_currency_leaves_a_price() -> None:
    assert is_price("431,00 €HT")
    assert is_price("99,00 EURTTC")
    assert is_price("431,00 € HT")
    # controls: a word that only starts like a marker, a currency's name written out
    assert not is_price("12 €HTML")
    assert not is_price("5 EURO")


def _paint_tins(rows: list[list[str]]) -> DocumentLayout:
    """A paint's entry: its photo, its name and code beside it, a small table under them."""
    page = PageLayout(1, 595, 842)
    names = ["Prémium beltéri falfesték, matt", "Mennyezetfesték, extra fehér"]
    for n, name in enumerate(names):
        top = 80 + 180 * n
        page.blocks += [
            Block("figure", (40, top, 124, top + 105), "", image_index=n),
            Block("heading", (140, top + 3, 354, top + 17), name, font_size=14, lines=[name]),
            Block(
                "paragraph",
                (140, top + 23, 384, top + 32),
                f"Termékkód: FP-21{n} · Kiadósság: 12–14 m²/l",
                font_size=8,
            ),
            Block(
                "table",
                (161, top + 51, 466, top + 102),
                "",
                rows=rows,
            ),
        ]
    return DocumentLayout([page])


def test_a_table_of_sizes_across_over_their_prices_prices_the_item_by_size() -> None:
    rows = [
        ["1 l", "2,5 l", "5 l"],
        ["4 990 Ft", "11 730 Ft", "21 960 Ft"],
        ["4 990 Ft/l", "4 692 Ft/l", "4 392 Ft/l"],
    ]
    products = products_from_layout(_paint_tins(rows))
    assert [(p.codes, p.prices, p.sizes) for p in products] == [
        (["FP-210"], rows[1], rows[0]),
        (["FP-211"], rows[1], rows[0]),
    ]


def test_a_table_of_figures_under_an_item_prices_nothing() -> None:
    rows = [["1 l", "2,5 l", "5 l"], ["12 m²", "30 m²", "60 m²"], ["2 h", "2 h", "3 h"]]
    products = products_from_layout(_paint_tins(rows))
    assert all(p.prices == [] for p in products)


def _slide(prices: list[str], photos_under: bool = False) -> DocumentLayout:
    """A presentation's row of cards: photo, name, bullets ending with the code; the price set
    centred far below; with `photos_under`, another row's photos in that gap."""
    page = PageLayout(1, 842, 595)
    names = ["Aurora Duo", "Aurora Compact", "Vesuvio Pro Leva"]
    for n, (name, price) in enumerate(zip(names, prices, strict=True)):
        left = 46 + 190 * n
        page.blocks += [
            Block("figure", (left, 70, left + 166, 200), "", image_index=n),
            Block("caption", (left, 212, left + 90, 225), name, font_size=13, lines=[name]),
            Block("list_item", (left, 230, left + 98, 239), "• Doppia caldaia, 15 bar"),
            Block("list_item", (left, 241, left + 85, 250), "• Lancia vapore 360°"),
            Block(
                "list_item",
                (left, 252, left + 98, 276),
                f"• Serbatoio 2,2 l Cod. AU-221{n}-NR",
                lines=["• Serbatoio 2,2 l", f"Cod. AU-221{n}-NR"],
            ),
            Block("paragraph", (left + 47, 357, left + 119, 371), price, lines=[price]),
            Block("paragraph", (left, 382, left + 96, 390), "Prezzo consigliato IVA inclusa"),
        ]
        if photos_under:
            page.blocks.append(Block("figure", (left, 290, left + 166, 340), "", image_index=9 + n))
    return DocumentLayout([page])


def test_a_card_s_price_set_low_in_its_column_is_its_price() -> None:
    prices = ["€ 1.290,00", "€ 449,00", "€ 1.890,00"]
    products = products_from_layout(_slide(prices))
    assert [(p.codes, p.prices) for p in products] == [
        ([f"AU-221{n}-NR"], [price]) for n, price in enumerate(prices)
    ]


def test_a_price_past_another_photo_under_a_card_is_not_its_price() -> None:
    products = products_from_layout(_slide(["€ 1.290,00", "€ 449,00", "€ 1.890,00"], True))
    named = [p for p in products if p.name.startswith(("Aurora", "Vesuvio"))]
    assert named and all(p.prices == [] for p in named)


def _leaflet_tile(unit: str) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    for n, name in enumerate(["Czekolada gorzka 70% kakao", "Masło Ekstra Mleczna Dolina"]):
        left = 42 + 176 * n
        page.blocks += [
            Block("figure", (left, 244, left + 156, 304), "", image_index=n),
            Block("caption", (left, 308, left + 139, 318), name, font_size=8, lines=[name]),
            Block("caption", (left, 321, left + 42, 329), "opak. 100 g", font_size=7),
            Block("paragraph", (left, 349, left + 27, 358), "5,49 zł", font_size=8),
            Block("paragraph", (left + 6, 363, left + 63, 380), "4,09 zł", font_size=15),
            Block("paragraph", (left, 386, left + 46, 393), unit, font_size=6),
        ]
    return DocumentLayout([page])


def test_a_price_per_kilo_after_its_measure_and_an_equals_sign_is_no_price() -> None:
    products = products_from_layout(_leaflet_tile("1 kg = 40,90 zł"))
    assert [p.prices for p in products] == [["5,49 zł", "4,09 zł"]] * 2


def test_a_price_per_kilo_after_the_price_it_compares_stays_a_comparison() -> None:
    products = products_from_layout(_leaflet_tile("40,90 zł/kg"))
    assert [p.prices for p in products] == [["5,49 zł", "4,09 zł"]] * 2


PARTS = [
    ("5140-2210-01", "Mes 46 cm, gehard staal", "GM 46 S", "1 34,50", "34,50"),
    ("5140-2210-02", "Mes 53 cm, gehard staal", "GM 53 S", "1 39,95", "39,95"),
    ("5230-1140-10", "Luchtfilterelement papier", "GM 46", "2 9,60", "9,60"),
    ("5310-0420-01", "Gaskabel compleet met hendel", "GM 46 S", "1 21,30", "21,30"),
]


def _parts_list(title: str, beside: int) -> DocumentLayout:
    """A parts list the table finder read without its first column: the codes stand left of
    the table's frame, level with the first `beside` rows."""
    rows = [["Omschrijving", "Past op", title], *([n, f, c] for _, n, f, c, _ in PARTS)]
    page = PageLayout(1, 595, 842)
    page.blocks = [Block("table", (90.0, 100.0, 555.0, 100.0 + 14 * len(rows)), "", rows=rows)]
    for n, (code, *_) in enumerate(PARTS[:beside]):
        top = 100.0 + 14 * (n + 1) + 3
        page.blocks.append(Block("paragraph", (18, top, 68, top + 8), code, lines=[code]))
    return DocumentLayout([page])


def test_codes_set_left_of_a_table_s_frame_level_with_its_rows_are_theirs() -> None:
    products = products_from_layout(_parts_list("Aantal Prijs € excl. btw", 4))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for code, name, _, _, price in PARTS
    ]


def test_two_codes_beside_a_table_s_rows_are_too_few_to_read_as_its_column() -> None:
    products = products_from_layout(_parts_list("Prijs € excl. btw", 2))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [], [counted]) for _, name, _, counted, _ in PARTS
    ]
