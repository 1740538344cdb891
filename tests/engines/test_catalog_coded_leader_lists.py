"""A wholesaler's price list set as a numbered outline whose dotted leaders run each item's
description out to its labelled code ("cod. LX4021"), the price after it at the margin: the
code is the item's, not part of its name; and a closing section of the same list whose lines
carry no code (a survey, testing, delivery) prices services, not articles. Each with the near
miss that keeps its old outcome."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.words import CODE_LABEL

ITEMS = [
    ("Interruttore unipolare 10 A", "LX4021", "€ 3,85"),
    ("Deviatore bianco 10 A", "LX4023", "€ 5,20"),
    ("Pulsante con targhetta", "LX4031", "€ 6,15"),
    ("Presa schuko orizzontale", "LX4114", "€ 7,90"),
]
CHARGES = [
    ("Sopralluogo in cantiere", "€ 55,00"),
    ("Verifica dell'impianto", "€ 120,00"),
    ("Trasporto entro 20 km", "€ 30,00"),
]


def _line(pdf: FPDF, y: float, number: str, text: str, code: str, price: str) -> None:
    """An outline item: its number, its text run out by dots to the code, the price at right."""
    pdf.text(50, y, number)
    pdf.text(90, y, text)
    x = 90 + pdf.get_string_width(text) + 4
    while x < 400:
        pdf.text(x, y, ".")
        x += 4
    if code:
        pdf.text(406, y, code)
    pdf.text(545 - pdf.get_string_width(price), y, price)


def _list(tmp_path: Path, *, labelled: bool = True, charges: list[tuple[str, str]] = CHARGES):
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(50, 80, "3")
    pdf.text(90, 80, "MATERIALE ELETTRICO")
    pdf.set_font("Helvetica", "", 9)
    y = 110.0
    for n, (text, code, price) in enumerate(ITEMS, start=1):
        _line(pdf, y, f"3.{n}", text, f"cod. {code}" if labelled else code, price)
        y += 17
    if charges:
        y += 30
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(50, y, "4")
        pdf.text(90, y, "ALTRO")
        pdf.set_font("Helvetica", "", 9)
        y += 26
        for n, (text, price) in enumerate(charges, start=1):
            _line(pdf, y, f"4.{n}", text, "", price)
            y += 17
    return products_of_pdf(pdf, tmp_path)


def test_a_leader_line_run_out_to_a_labelled_code_names_the_item_and_gives_it_the_code(
    tmp_path: Path,
) -> None:
    products = _list(tmp_path, charges=[])
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (text, [code], [price]) for text, code, price in ITEMS
    ]


def test_a_coded_lists_section_of_uncoded_lines_prices_services_not_articles(
    tmp_path: Path,
) -> None:
    products = _list(tmp_path)
    assert [p.name for p in products] == [text for text, _, _ in ITEMS]


def test_a_single_uncoded_line_in_a_coded_list_stays(tmp_path: Path) -> None:
    """A lone line without its code (a scan's code lost) is no section of charges: kept."""
    products = _list(tmp_path, charges=CHARGES[:1])
    assert [p.name for p in products] == [*(text for text, _, _ in ITEMS), CHARGES[0][0]]


def test_a_list_without_labelled_codes_keeps_every_priced_line(tmp_path: Path) -> None:
    """Control: codes printed without a label are not split off as codes, and with no coded
    list no section is read as charges."""
    products = _list(tmp_path, labelled=False)
    assert not any(p.codes for p in products)
    assert {text for text, _ in CHARGES} <= {p.name for p in products}


def test_the_italian_code_label_needs_a_figure_after_it() -> None:
    """ "cod. BS16023" and "Código 4410" label codes; "cod" alone is a fish."""
    assert CODE_LABEL.search("cod. BS16023").group("code") == "BS16023"  # type: ignore[union-attr]
    assert CODE_LABEL.search("Código 4410").group("code") == "4410"  # type: ignore[union-attr]
    assert CODE_LABEL.search("Salt cod croquetas") is None
    assert CODE_LABEL.search("Smoked cod. Fresh daily") is None
