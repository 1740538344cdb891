"""Forms of retail print: a food's weights and their prices on ONE line under its name with the
article numbers under them (pet food, coffee, bulk foods), a sheet of shelf-edge labels as
label software prints it (the table finder takes the grid for a table whose columns are the
labels), and a sale flyer's whole prices with a dash for cents ("4 490,-"); each with the
look-alike it must leave alone."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog.words import PRICE

# --- a name over one line of its weights and prices ----------------------------------------


def _food(pdf: FPDF, top: float, name: str, copy: str, variants: str, codes: str) -> None:
    pdf.rect(40, top, 60, 60)  # the photo's frame
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(120, top + 12, name)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.text(120, top + 27, copy)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.text(120, top + 43, variants)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.text(120, top + 58, codes)


def test_weights_and_prices_on_one_line_are_a_product_each_with_its_code(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 50, "Kaffeerösterei Berger")
    _food(
        pdf,
        100,
        "Espresso Classico",
        "Kräftig, dunkel geröstet, 70 % Arabica",
        "250 g 6,90 € · 500 g 12,90 € · 1 kg 22,50 €",
        "Art.-Nr.: 4410 / 4411 / 4412",
    )
    _food(
        pdf,
        200,
        "Café Crème Hochland",
        "Mild, nussig, für Vollautomaten",
        "500 g 11,90 € · 1 kg 21,50 €",
        "Art.-Nr.: 4420 / 4421",
    )
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        ("Espresso Classico 250 g", ["4410"], ["6,90 €"], ["250 g"]),
        ("Espresso Classico 500 g", ["4411"], ["12,90 €"], ["500 g"]),
        ("Espresso Classico 1 kg", ["4412"], ["22,50 €"], ["1 kg"]),
        ("Café Crème Hochland 500 g", ["4420"], ["11,90 €"], ["500 g"]),
        ("Café Crème Hochland 1 kg", ["4421"], ["21,50 €"], ["1 kg"]),
    ]


def test_forint_prices_and_packs_of_tins_on_a_variant_line(tmp_path: Path) -> None:
    """Hungarian prices end in "Ft"; a pack of tins ("12 x 85 g") is a size of its own."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _food(
        pdf,
        100,
        "Macskaeledel mix",
        "Negy izben",
        "12 x 85 g 2 990 Ft · 48 x 85 g 9 700 Ft",
        "Cikkszam: 31092 / 31093",
    )
    _food(
        pdf,
        200,
        "Kutyatap baranyhussal",
        "Kozepes testu kutyaknak",
        "2 kg 4 990 Ft · 7,5 kg 14 490 Ft",
        "Cikkszam: 31102 / 31103",
    )
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Macskaeledel mix 12 x 85 g", ["31092"], ["2 990 Ft"]),
        ("Macskaeledel mix 48 x 85 g", ["31093"], ["9 700 Ft"]),
        ("Kutyatap baranyhussal 2 kg", ["31102"], ["4 990 Ft"]),
        ("Kutyatap baranyhussal 7,5 kg", ["31103"], ["14 490 Ft"]),
    ]


def test_one_variant_line_over_as_many_article_numbers_is_enough(tmp_path: Path) -> None:
    """A page whose other foods a scan garbled: one line of weights and prices over its
    article numbers is the form still."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _food(
        pdf,
        100,
        "Espresso Classico",
        "Kräftig, dunkel geröstet",
        "250 g 6,90 € · 1 kg 22,50 €",
        "Art.-Nr.: 4410 / 4412",
    )
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [
        ("Espresso Classico 250 g", ["4410"]),
        ("Espresso Classico 1 kg", ["4412"]),
    ]


def test_a_nutrition_panel_and_a_price_change_notice_by_weight_give_none(
    tmp_path: Path,
) -> None:
    """Sizes without prices (a nutrition panel per 100 g and per serving) and a notice of new
    prices (old → new, one line a pack) print weights and amounts but offer nothing."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 60, "Nährwerte")
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(
        [
            "Energie: 100 g 1 650 kJ · 250 g 4 125 kJ",
            "Fett: 100 g 14 g · 250 g 35 g",
            "Eiweiß: 100 g 26 g · 250 g 65 g",
        ]
    ):
        pdf.text(40, 90 + 16 * k, line)
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 200, "Preisanpassung ab 1. März")
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(
        [
            "Espresso Classico: 250 g 6,90 € -> 7,40 €",
            "Café Crème Hochland: 500 g 11,90 € -> 12,50 €",
            "Entkoffeiniert: 250 g 7,50 € -> 7,90 €",
        ]
    ):
        pdf.text(40, 230 + 16 * k, line)
    assert products_of_pdf(pdf, tmp_path) == []


# --- a sheet of shelf-edge labels ----------------------------------------------------------

_LABELS = [
    ("Lait demi-écrémé", "1 l", "1,19", "Prix/l : 1,19 €", "102334", "3 256220 112345"),
    ("Yaourt nature", "4 x 125 g", "1,49", "Prix/kg : 2,98 €", "102351", "3 256220 223456"),
    ("Beurre doux", "250 g", "2,79", "Prix/kg : 11,16 €", "102388", "3 256220 334567"),
    ("Farine de blé T55", "1 kg", "0,99", "Prix/kg : 0,99 €", "102402", "3 256220 445678"),
    ("Sucre en poudre", "1 kg", "1,35", "Prix/kg : 1,35 €", "102419", "3 256220 556789"),
    ("Huile de tournesol", "1 l", "2,45", "Prix/l : 2,45 €", "102436", "3 256220 667890"),
]


def _label(pdf: FPDF, left: float, top: float, label: tuple[str, ...]) -> None:
    name, pack, price, unit, code, ean = label
    pdf.rect(left, top, 165, 118)
    pdf.set_font("Helvetica", "B", 7)
    pdf.text(left + 6, top + 12, "MARCHÉ DU COIN")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(left + 6, top + 27, name)
    pdf.set_font("Helvetica", "", 8)
    pdf.text(left + 6, top + 39, pack)
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(left + 6, top + 64, price)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(left + 8 + pdf.get_string_width(price) * 22 / 9, top + 64, "€")
    pdf.set_font("Helvetica", "", 7)
    pdf.text(left + 6, top + 76, unit)
    pdf.text(left + 6, top + 88, f"Code {code}")
    for k in range(30):  # the EAN's bars
        pdf.rect(left + 90 + 2 * k, top + 80, 0.6 + (k % 3) * 0.4, 18, style="F")
    pdf.text(left + 90, top + 106, ean)


def test_a_sheet_of_shelf_labels_is_a_product_a_label(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for k, label in enumerate(_LABELS):
        _label(pdf, 38 + 178 * (k % 3), 60 + 140 * (k // 3), label)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code, ean.replace(" ", "")], [f"{price} €"])
        for name, _, price, _, code, ean in _LABELS
    ]


_STACKED = [  # two rows of three labels: name, pack, price, unit price, code, EAN
    [
        ("Fasole boabe alba", "500 g", "8,29", "Pret/kg: 16,58 lei", "103314", "5942471 938695"),
        ("Malai extra", "1 kg", "5,99", "Pret/kg: 5,99 lei", "103361", "5949656 696708"),
        ("Mustar dulce", "300 g", "4,59", "Pret/kg: 15,30 lei", "103393", "5949904 383916"),
    ],
    [
        ("Cartofi albi", "2 kg", "6,98", "Pret/kg: 3,49 lei", "103527", "5946376 942504"),
        ("Ceai negru", "40 g", "8,49", "Pret/kg: 212,25 lei", "103174", "5942817 563000"),
        ("Orez bob lung", "1 kg", "7,89", "Pret/kg: 7,89 lei", "103012", "5949193 453383"),
    ],
]


def _stacked_sheet(*, codes_first: bool) -> list[list[str]]:
    """A scan's sheet of labels read as one table: the second row of labels under the first
    in the same columns, its store name read into the table (the first row's above it)."""
    rows: list[list[str]] = []
    for band, labels in enumerate(_STACKED):
        if band:
            rows.append(["PROMO până la 25.01", "MARKET NOU", "PROMO până la 25.01"])
        lines = [[label[k] for label in labels] for k in range(4)]
        codes = [[f"Cod {label[4]}" for label in labels], [label[5] for label in labels]]
        rows += [*codes, *lines] if codes_first else [*lines, ["Afisat 12.01"] * 3, *codes]
    return rows


def test_two_rows_of_shelf_labels_read_as_one_table_are_a_product_a_label() -> None:
    """Each column holds two labels, one of each row: the table is cut after the first row's
    codes (at its labels' foot), and each label is a product with its own code and price, the
    store's name printed over them no name. Controls: labels printing their codes at their
    head are cut before the second row's codes; one row of labels stays one."""
    from catalog_blocks import one_page, table

    from pdfqueue.engines.catalog import products_from_layout
    from pdfqueue.engines.layout import Block

    store = Block("paragraph", (40.0, 80.0, 95.0, 88.0), "MARKET NOU")
    expected = [
        (name, [code, ean.replace(" ", "")], [price])
        for labels in _STACKED
        for name, _, price, _, code, ean in labels
    ]
    for codes_first in (False, True):
        page = one_page(store, table(_stacked_sheet(codes_first=codes_first)))
        products = products_from_layout(page)
        assert [(p.name, p.codes, p.prices) for p in products] == expected, codes_first
    one_row = _stacked_sheet(codes_first=False)[:7]
    products = products_from_layout(one_page(table(one_row)))
    assert [(p.name, p.codes, p.prices) for p in products] == expected[:3]


def test_a_sheet_of_address_labels_gives_none(tmp_path: Path) -> None:
    """The same grid of labels holding names and addresses (postcodes, no price, no code)."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    people = [
        "Marie Dubois",
        "Jean Martin",
        "Claire Petit",
        "Luc Bernard",
        "Anne Roux",
        "Paul Morel",
    ]
    for k, person in enumerate(people):
        left, top = 38 + 178 * (k % 3), 60 + 140 * (k // 3)
        pdf.rect(left, top, 165, 118)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(left + 6, top + 27, person)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left + 6, top + 41, f"{12 + k} rue des Lilas")
        pdf.text(left + 6, top + 53, f"7500{k + 1} Paris")
        pdf.text(left + 6, top + 65, f"Tél. 01 42 {k}6 18 2{k}")
    assert products_of_pdf(pdf, tmp_path) == []


# --- whole prices with a dash for cents ------------------------------------------------------


def test_a_whole_price_with_a_dash_for_cents_is_a_price() -> None:
    for text, price in [
        ("4 490,-", "4 490,-"),
        ("før 14 990,-", "14 990,-"),
        ("1.299,-", "1.299,-"),
    ]:
        found = PRICE.search(text)
        assert found is not None and found.group(0) == price
    for text in ["10,-20", "Seite 3,- 4", "12,--"]:
        assert PRICE.search(text) is None or PRICE.search(text).group(0) != text


# --- a sale flyer's boxes: the code and the prices at a box's foot ----------------------------

_BOXES = [
    ("Akustisk gitar Norda D-18", "Massiv grantopp, mahogni", "56024", "4 490,-", "5 390,-"),
    ("Gitarforsterker Volt 40 W", "To kanaler, romklang", "56033", "2 790,-", "3 290,-"),
    ("Ukulele Solbaer sopran", "Inkl. bag og stemmer", "56059", "690,-", "859,-"),
]


def _flyer(pdf: FPDF, *, big: bool, drop: float = 0.0) -> None:
    for n, (name, copy, code, price, before) in enumerate(_BOXES):
        left = 40 + 180 * n
        pdf.image(Image.new("RGB", (160, 120), (70 + 50 * n, 90, 140)), x=left, y=120, w=160, h=120)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.text(left + 2, 255, name)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(left + 2, 268, copy)
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(left + 2, 305 + drop, f"Art.nr. {code}")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(left + 2, 318 + drop, f"før {before}")
        pdf.set_font("Helvetica", "B", 18 if big else 7.5)
        pdf.text(left + 90, 318 + drop, price)


def test_a_sale_flyer_box_s_code_and_big_price_at_its_foot_are_its_own(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _flyer(pdf, big=True)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, _, code, price, _ in _BOXES
    ]


def test_small_amounts_far_under_a_caption_are_no_box_s_foot(tmp_path: Path) -> None:
    """The same boxes with the amount set as small as the copy (a unit price, a note) and
    farther down: no big price ends a box, so the lines past the gap are not the caption's."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _flyer(pdf, big=False, drop=40)
    products = products_of_pdf(pdf, tmp_path)
    assert all(not p.prices for p in products)


# --- a web shop's tiles printed from a browser: names wrapped at the tile's width -------------

_TILES = [
    ("Máquina de café expresso", "Arvo Crema 15 bar", "89,99 €"),
    ("Chaleira elétrica Lumo 1,7 l", "inox", "34,99 €"),
    ("Robot de cozinha Arvo", "Chef 1000 W", "249,00 €"),
]


def _tiles(pdf: FPDF, lines: list[tuple[str, str, str]]) -> None:
    for n, (first, second, price) in enumerate(lines):
        left = 60 + 150 * n
        pdf.image(Image.new("RGB", (100, 90), (90, 60 + 50 * n, 150)), x=left, y=150, w=100, h=90)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left, 256, first)
        pdf.text(left, 266, second)
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(left, 300, price)
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.text(left + 10, 330, "Adicionar ao carrinho")


def test_a_web_shop_tile_s_name_wrapped_at_the_tile_s_width_is_one_name(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _tiles(pdf, _TILES)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [
        (f"{first} {second}", [price]) for first, second, price in _TILES
    ]


def test_a_tile_s_name_over_a_short_description_keeps_its_own_name(tmp_path: Path) -> None:
    """A name that leaves room under the photo ("Chaleira Lumo") over a line of description:
    the line did not wrap, it is the description."""
    tiles = [
        ("Chaleira Lumo", "Inox escovado", "34,99 €"),
        ("Torradeira Arvo", "Duas ranhuras", "29,99 €"),
        ("Batedeira Solar", "Cinco velocidades", "24,99 €"),
    ]
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _tiles(pdf, tiles)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(first, [price]) for first, _, price in tiles]


def test_a_shopping_basket_printed_from_a_browser_gives_none(tmp_path: Path) -> None:
    """A web shop's basket printed to PDF: thumbnails, names wrapped, quantities, line
    amounts and a total: what was put in a basket, not an offer of a catalog."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 7)
    pdf.text(24, 20, "12/01/2026, 14:40        Carrinho de compras | CasaViva")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(36, 70, "O seu carrinho (3 artigos)")
    items = [
        ("Máquina de café expresso", "Arvo Crema 15 bar", "1", "89,99 €"),
        ("Chaleira elétrica Lumo 1,7 l", "inox", "2", "69,98 €"),
        ("Robot de cozinha Arvo", "Chef 1000 W", "1", "249,00 €"),
    ]
    for n, (first, second, quantity, amount) in enumerate(items):
        top = 100 + 80 * n
        pdf.image(Image.new("RGB", (60, 60), (90, 60 + 50 * n, 150)), x=36, y=top, w=60, h=60)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(110, top + 14, first)
        pdf.text(110, top + 26, second)
        pdf.text(330, top + 14, f"Quantidade: {quantity}")
        pdf.text(470, top + 14, amount)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(110, top + 44, "Remover")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(330, 360, "Subtotal")
    pdf.text(470, 360, "408,97 €")
    pdf.text(330, 376, "Total (IVA incluído)")
    pdf.text(470, 376, "408,97 €")
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(330, 410, "Finalizar compra")
    assert products_of_pdf(pdf, tmp_path) == []
