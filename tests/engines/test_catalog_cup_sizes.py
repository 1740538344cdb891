"""A café menu's drinks priced by cup size: section rows repeating the size titles ("Küçük |
Orta | Büyük") over a row of the cups' volumes ("250 ml | 350 ml | 450 ml"), whole prices
without a currency under them, a dash where a size is not served, the English name in a row
of its own under each drink; a scan's reading of it (a unit misread, "250 mi"); and tables of
whole numbers that are no menu."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(rows: list[list[str]]) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = [Block("table", (60.0, 110.0, 540.0, 600.0), "", rows=rows)]
    return DocumentLayout([page])


def _menu(volumes: list[str]) -> list[list[str]]:
    return [
        ["HOT DRINKS", "Küçük", "Orta", "Büyük"],
        volumes,
        ["Filtre Kahve", "80", "95", "110"],
        ["Filter coffee", "", "", ""],
        ["Cappuccino", "110", "125", "140"],
        ["Türk Kahvesi", "–", "80", "–"],
        ["Turkish coffee", "", "", ""],
        ["Extra shot +15 · Plant milk +20", "", "", ""],
        ["COLD DRINKS", "Küçük", "Orta", "Büyük"],
        volumes,
        ["Soğuk Demleme", "–", "90", "105"],
        ["Cold brew", "", "", ""],
        ["Buzlu Latte", "–", "90", "105"],
    ]


def test_whole_prices_under_cup_sizes_are_the_drinks_prices() -> None:
    products = products_from_layout(_page(_menu(["", "250 ml", "350 ml", "450 ml"])))
    assert [(p.name, p.prices) for p in products] == [
        ("Filtre Kahve", ["80", "95", "110"]),
        ("Cappuccino", ["110", "125", "140"]),
        ("Türk Kahvesi", ["80"]),
        ("Soğuk Demleme", ["90", "105"]),
        ("Buzlu Latte", ["90", "105"]),
    ]


def test_whole_numbers_under_titles_without_volumes_are_no_prices() -> None:
    """The same titles over no row of volumes: counts (a survey's answers by group), not a
    drink's prices."""
    assert products_from_layout(_page(_menu(["", "", "", ""]))) == []


def test_whole_numbers_under_weights_are_no_prices() -> None:
    """A recipe's batches over their weights ("500 g"): amounts of ingredients, no cups."""
    assert products_from_layout(_page(_menu(["", "500 g", "1 kg", "2 kg"]))) == []


def test_a_survey_of_counts_by_group_is_no_menu() -> None:
    rows = [
        ["NORTH", "Men", "Women"],
        ["Employed", "120", "135"],
        ["Unemployed", "14", "11"],
        ["Retired", "80", "95"],
        ["SOUTH", "Men", "Women"],
        ["Employed", "140", "150"],
        ["Unemployed", "12", "9"],
        ["Retired", "70", "91"],
    ]
    assert products_from_layout(_page(rows)) == []


def test_a_scan_that_lost_the_first_size_titles_keeps_the_drinks() -> None:
    """OCR set the first row of size titles apart from the table and read one "ml" as
    "mi": the rows of cup volumes, set again under each section, start the sections."""
    rows = _menu(["", "250 mi", "350 ml", "450 ml"])[1:]
    products = products_from_layout(_page(rows))
    assert [(p.name, p.prices) for p in products][:2] == [
        ("Filtre Kahve", ["80", "95", "110"]),
        ("Cappuccino", ["110", "125", "140"]),
    ]
    assert len(products) == 5


def test_one_row_of_volumes_among_whole_numbers_is_no_menu() -> None:
    """Volumes set once among figures (a survey of how many cups of each size were sold, its
    titles lost): sections need their row of volumes twice at least."""
    rows = [
        ["Monday", "80", "95", "110"],
        ["", "250 ml", "350 ml", "450 ml"],
        ["Tuesday", "110", "125", "140"],
        ["Wednesday", "90", "105", "120"],
        ["Thursday", "70", "95", "100"],
    ]
    assert products_from_layout(_page(rows)) == []


def test_size_titles_in_the_table_over_a_misread_volume_keep_the_drinks() -> None:
    """Each section's name beside its size titles is the table's row (as a text layer reads
    it), and OCR read one "ml" of the volumes under them as "mi": two volumes and a quantity
    are still the cups' volumes, so the whole numbers under them are the drinks' prices."""
    products = products_from_layout(_page(_menu(["", "250 mi", "350 ml", "450 ml"])))
    assert [(p.name, p.prices) for p in products] == [
        ("Filtre Kahve", ["80", "95", "110"]),
        ("Cappuccino", ["110", "125", "140"]),
        ("Türk Kahvesi", ["80"]),
        ("Soğuk Demleme", ["90", "105"]),
        ("Buzlu Latte", ["90", "105"]),
    ]
    assert products[0].attributes["section"] == "HOT DRINKS"


def test_one_volume_among_weights_under_the_titles_is_no_row_of_cups() -> None:
    """A recipe's batches over their amounts, one of them a volume ("250 ml | 500 g | 1 kg"):
    a quantity beside a volume stands for a misread one only beside two volumes."""
    assert products_from_layout(_page(_menu(["", "250 ml", "500 g", "1 kg"]))) == []


HOT = [("Filter coffee", "80", "95", "110"), ("Cappuccino", "110", "125", "140")]
HOT += [("Americano", "120", "135", "150"), ("Flat white", "110", "125", "140")]
TEAS = [("Black tea", "60", "70", "80"), ("Chai latte", "120", "135", "150")]
TEAS += [("Green tea", "70", "80", "90"), ("Mint tea", "70", "80", "90")]


def _scanned_menu(volumes: tuple[str, str, str]) -> FPDF:
    """A café menu as a scan's text reads it: each section's name in large type beside its
    size titles in small bold type, the cups' volumes in small type under those, one unit
    misread as OCR reads it now and then."""
    pdf = a4_pdf()
    pdf.add_page()
    y = 100.0
    for section, drinks in (("HOT DRINKS", HOT), ("TEAS", TEAS)):
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(40, y, section)
        pdf.set_font("Helvetica", "B", 8.5)
        for right, title in zip((400, 470, 540), ("Short", "Tall", "Mug"), strict=True):
            pdf.text(right - pdf.get_string_width(title), y, title)
        pdf.set_font("Helvetica", "", 6.5)
        for right, volume in zip((400, 470, 540), volumes, strict=True):
            pdf.text(right - pdf.get_string_width(volume), y + 10, volume)
        y += 32
        for name, *prices in drinks:
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(40, y, name)
            pdf.set_font("Helvetica", "", 10)
            for right, price in zip((400, 470, 540), prices, strict=True):
                pdf.text(right - pdf.get_string_width(price), y, price)
            y += 28
        y += 20
    return pdf


def test_a_menus_size_titles_over_a_misread_volume_price_its_drinks(tmp_path: Path) -> None:
    products = products_of_pdf(_scanned_menu(("250 mi", "350 ml", "450 ml")), tmp_path)
    assert [(p.name, p.prices) for p in products] == [
        (name, list(prices)) for name, *prices in HOT + TEAS
    ]


def test_a_menus_size_titles_over_weights_price_nothing(tmp_path: Path) -> None:
    assert products_of_pdf(_scanned_menu(("250 ml", "500 g", "1 kg")), tmp_path) == []
