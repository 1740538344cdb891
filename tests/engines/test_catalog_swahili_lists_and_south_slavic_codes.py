"""A Swahili wholesaler's price list and a Croatian jeweller's key list.

The list's column titles in Swahili ("Msimbo | Bidhaa | Ujazo | Bei/Katoni | Bei/Kipande": code,
goods, content, price per carton, per piece) over whole shilling amounts ("37,500", "800"), no
currency in the cells: each row's prices are the carton's then the piece's. A jeweller's
numbered entries whose code is labelled in Croatian ("Šifra ZL-4412"), and the services box set
under them across both columns, no entry's. Controls: a German
title holding the word "bei" ("Drehmoment bei 1500 U/min") names no price; a column of whole
amounts right of a price column in cents is no further price; a Croatian firm's letter with its
activity code ("Šifra djelatnosti") offers nothing."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.columns import header_role

DEJAVU = "/usr/share/fonts/truetype/dejavu"

WHOLESALE = [
    ("JB-2251", "Unga wa Mahindi Dona", "2 kg", "10", "6208688198215", "37,500", "3,750"),
    ("JB-7878", "Unga wa Ngano Azam", "2 kg", "10", "6204439322496", "41,500", "4,150"),
    ("JB-8097", "Chumvi ya Mezani", "500 g", "24", "6200283663907", "18,200", "800"),
    ("JB-1206", "Soda ya Machungwa", "350 ml", "24", "6205625442714", "14,600", "650"),
    ("JB-3553", "Dawa ya Vyombo Limau", "500 ml", "12", "6209463401223", "34,200", "2,850"),
]
# each column's x and alignment: the code, the goods, the content, the count a carton holds,
# the EAN, the carton's price, the piece's
COLUMNS = ((32, "l"), (78, "l"), (246, "l"), (330, "r"), (346, "l"), (482, "r"), (563, "r"))


def _cells(pdf: FPDF, y: float, values: tuple[str, ...] | list[str]) -> None:
    for (x, align), value in zip(COLUMNS, values, strict=True):
        pdf.text(x - pdf.get_string_width(value) if align == "r" else x, y, value)


def _price_list(pdf: FPDF, titles: list[str], rows: list[tuple[str, ...]]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(32, 40, "JUMLA BORA LTD")
    pdf.set_font("Helvetica", "B", 7.5)
    _cells(pdf, 76, titles)
    pdf.line(32, 81, 563, 81)
    pdf.set_font("Helvetica", "", 7.5)
    for n, row in enumerate(rows):
        _cells(pdf, 100 + 16 * n, row)


def test_swahili_titles_over_whole_shillings_give_the_carton_and_piece_prices(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    titles = ["Msimbo", "Bidhaa", "Ujazo", "Kwa katoni", "EAN", "Bei/Katoni", "Bei/Kipande"]
    _price_list(pdf, titles, WHOLESALE)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (name, [code, ean], [carton, piece], [size])
        for code, name, size, _, ean, carton, piece in WHOLESALE
    ]


def test_whole_amounts_beside_a_price_in_cents_are_no_further_price(tmp_path: Path) -> None:
    pdf = a4_pdf()
    titles = ["Code", "Product", "Size", "Pack", "EAN", "Price", "Price/case"]
    rows = [(*row[:5], f"{row[6]}.00".replace(",", ""), row[5]) for row in WHOLESALE]
    _price_list(pdf, titles, rows)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(row[1], [row[5]]) for row in rows]


def test_bei_titles_a_price_only_opening_a_swahili_title() -> None:
    assert [header_role(t) for t in ("Bei", "Bei (TSh)", "Bei ya jumla", "Bei kwa katoni")] == [
        "price"
    ] * 4
    assert header_role("Drehmoment bei 1500 U/min") is None
    assert header_role("Bei 20 °C") is None


JEWELS = [
    ("Prsten Zora", "bijelo zlato 585, briljant, 0,30 ct", "ZL-3986", "1.450,00 €"),
    ("Naušnice Kap", "žuto zlato 585, akvamarin, 1,20 ct", "ZL-5017", "890,00 €"),
    ("Ogrlica Val", "srebro 925, rodirano, 45 cm", "ZL-3771", "159,00 €"),
    ("Narukvica Luna", "ružičasto zlato 585", "ZL-4484", "720,00 €"),
]


def _croatian_pdf() -> FPDF:
    """An A4 page set in DejaVu Sans and its bold, which prints Croatian's letters."""
    pdf = a4_pdf()
    pdf.add_font("DejaVu", "", f"{DEJAVU}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{DEJAVU}/DejaVuSans-Bold.ttf")
    pdf.add_page()
    return pdf


def _key_list(pdf: FPDF) -> None:
    """A jeweller's key list in two columns: the number, the name, the material, the code
    labelled "Šifra", the price."""
    pdf.set_font("DejaVu", "B", 16)
    pdf.text(36, 38, "ZLATARNA")
    for k, (name, material, code, price) in enumerate(JEWELS, start=1):
        x, y = 36 + (k - 1) % 2 * 266, 120 + (k - 1) // 2 * 74
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(x, y + 4, str(k))
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(x + 22, y + 4, name)
        pdf.set_font("DejaVu", "", 8)
        pdf.text(x + 22, y + 17, material)
        pdf.text(x + 22, y + 29, f"Šifra {code}")
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(x + 22, y + 44, price)


def test_a_code_labelled_sifra_in_a_numbered_entry_is_its_code(tmp_path: Path) -> None:
    pdf = _croatian_pdf()
    _key_list(pdf)
    products = products_of_pdf(pdf, tmp_path)
    assert sorted((p.name, p.codes, p.prices) for p in products) == sorted(
        (name, [code], [price]) for name, _, code, price in JEWELS
    )


def test_a_services_box_under_the_key_list_is_no_entry_s(tmp_path: Path) -> None:
    pdf = _croatian_pdf()
    _key_list(pdf)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.text(48, 300, "Usluge radionice")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(48, 318, "Gravura do 20 znakova: 15,00 €   ·   Promjena veličine prstena: od 25,00 €")
    pdf.text(48, 332, "Čišćenje i poliranje nakita: 10,00 €   ·   Procjena i certifikat: 40,00 €")
    products = products_of_pdf(pdf, tmp_path)
    assert sorted((p.name, p.codes, p.prices) for p in products) == sorted(
        (name, [code], [price]) for name, _, code, price in JEWELS
    )


def test_a_letter_with_its_activity_code_offers_nothing(tmp_path: Path) -> None:
    pdf = _croatian_pdf()
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(36, 40, "Obrt Kovač d.o.o.")
    pdf.set_font("DejaVu", "", 9)
    lines = [
        "Ilica 48, 10000 Zagreb",
        "OIB 48213390571",
        "Šifra djelatnosti 4777",
        "Šifra klijenta 20931",
        "Poštovani, obavještavamo Vas da od 1. siječnja mijenjamo radno vrijeme.",
        "Radnim danom od 8 do 16 sati, subotom od 8 do 13 sati.",
        "S poštovanjem, uprava",
    ]
    for n, line in enumerate(lines):
        pdf.text(36, 70 + 14 * n, line)
    assert products_of_pdf(pdf, tmp_path) == []
