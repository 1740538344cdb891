"""A guide's page as a scan reads it: the price line set right under the property table taken
into the table as its last row."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

PROSE = (
    "Größere, klare Exemplare sind selten und entsprechend teuer. Im Handel finden sich "
    "häufig erhitzte oder bestrahlte Steine."
)


def _page(last_row: str, rows: list[list[str]] | None = None) -> DocumentLayout:
    page = PageLayout(1, 595, 842, source="ocr")
    rows = rows or [
        ["Mineralklasse", "Silikate (Feldspat)"],
        ["Mohshärte", "6-6,5"],
        ["Farbe", "farblos mit blauem Schimmer"],
        ["Fundorte", "Sri Lanka, Indien"],
    ]
    rows = [*rows, [last_row, ""]]
    page.blocks = [
        Block("figure", (59.0, 51.0, 542.0, 360.0), "", image_index=0),
        Block("caption", (60.0, 373.0, 178.0, 402.0), "Mondstein", font_size=25.7),
        Block("table", (60.0, 416.0, 324.0, 529.0), "", rows=rows),
        Block("paragraph", (60.0, 540.0, 534.0, 583.0), PROSE, font_size=11.1, lines=[PROSE]),
    ]
    return DocumentLayout([page])


def test_a_price_line_the_scan_took_into_the_property_table_prices_the_stone() -> None:
    products = products_from_layout(_page("Richtpreis je Karat: ab 90 €"))
    assert [(p.name, p.prices) for p in products] == [("Mondstein", ["90 €"])]


def test_a_last_row_of_one_cell_without_a_price_prices_nothing() -> None:
    """An encyclopaedia's infobox under a photo: no price, no product."""
    assert products_from_layout(_page("Verwendung: Schmuckstein")) == []


def test_specks_a_scan_read_between_a_property_and_its_value_leave_the_property_table() -> None:
    """One-character cells in rows of three ("Farbe | 2 | ...", "... | &") are specks."""
    rows = [
        ["Mineralklasse", "", "Oxide (Quarz-Gruppe)"],
        ["Mohshärte", "", "7"],
        ["Farbe", "2", "gelb bis goldbraun"],
        ["Fundorte", "Brasilien, Bolivien", "&"],
    ]
    products = products_from_layout(_page("Richtpreis je Karat: ab 5 €", rows))
    assert [(p.name, p.prices) for p in products] == [("Mondstein", ["5 €"])]
    assert products[0].attributes["Farbe"] == "gelb bis goldbraun"


def test_a_table_of_three_real_columns_is_no_property_table() -> None:
    """A price table of stones by grade (three filled columns a row) is no specification."""
    rows = [
        ["Mineralklasse", "AA", "AAA"],
        ["Mohshärte", "7", "8"],
        ["Farbe", "gelb", "braun"],
        ["Fundorte", "Brasilien", "Bolivien"],
    ]
    assert products_from_layout(_page("Richtpreis je Karat: ab 5 €", rows)) == []
