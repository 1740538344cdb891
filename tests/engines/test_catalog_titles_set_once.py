"""Column titles set once at the top of a page over sections of rows (a coffee roaster's lots
by continent and country, "Lot | Process | Cup notes | 250 g | 1 kg | 5 kg"; a nursery's
cultivars by species, prices per pot in a currency named only in the header): each row under
the pack titles is a product, its prices the amounts left to right, its sizes the packs they
price; a variety in quotes is named by its species' heading. Controls: a timetable and a
statistics table with titles set once, and a page of bare figures under pack titles without
a currency anywhere, yield nothing."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

COLUMNS = (44.0, 180.0, 300.0, 430.0, 480.0, 530.0)  # each column's left edge


def _line(pdf: FPDF, top: float, cells: list[str], style: str = "") -> None:
    pdf.set_font("Helvetica", style, 9)
    for x, cell in zip(COLUMNS, cells, strict=False):
        if cell:
            pdf.text(x, top, cell)


def _band(pdf: FPDF, top: float, text: str, size: float = 10) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.text(COLUMNS[0], top, text)


def _note(pdf: FPDF, top: float, text: str) -> None:
    pdf.set_font("Helvetica", "I", 9)
    pdf.text(COLUMNS[0] - 4, top, text)


def _page(pdf: FPDF, header: str, titles: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(36, 40, "Lantern Coffee Roasters")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(36, 54, header)
    _line(pdf, 90, titles, "B")


COFFEE_TITLES = ["Lot", "Process", "Cup notes", "250 g", "1 kg", "5 kg"]


def test_lots_under_pack_titles_set_once_are_products(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _page(pdf, "Wholesale list, prices ex VAT per bag", COFFEE_TITLES)
    _band(pdf, 120, "AFRICA")
    _note(pdf, 140, "Ethiopia   Grade 1, hand-sorted on raised beds.")
    _line(
        pdf, 160, ["Yirgacheffe Konga", "Washed", "jasmine, bergamot", "£8.50", "£27.00", "£120.00"]
    )
    _line(pdf, 176, ["Guji Hambela", "Natural", "blueberry, cocoa", "£9.00", "£29.50", "—"])
    _note(pdf, 200, "Kenya   AA and AB screens from smallholder factories.")
    _line(pdf, 220, ["Nyeri Gatomboya AA", "Washed", "blackcurrant", "£9.50", "£31.00", "—"])
    _band(pdf, 250, "LATIN AMERICA")
    _note(pdf, 270, "Colombia   Direct trade since 2019.")
    _line(
        pdf, 290, ["Huila La Plata", "Washed", "red apple, caramel", "£7.50", "£23.50", "£104.00"]
    )
    _line(pdf, 306, ["Narino Buesaco", "Washed", "orange, panela", "£8.00", "£25.00", "£110.00"])
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [
        "Yirgacheffe Konga",
        "Guji Hambela",
        "Nyeri Gatomboya AA",
        "Huila La Plata",
        "Narino Buesaco",
    ]
    assert products[1].prices == ["£9.00", "£29.50"]  # no 5 kg bag of it
    assert products[1].sizes == ["250 g", "1 kg"]
    assert products[3].sizes == ["250 g", "1 kg", "5 kg"]


def test_cultivars_under_species_headings_are_named_species_and_cultivar(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    _page(
        pdf,
        "Price list, spring 2027, prices in CZK per plant",
        ["Variety", "Height", "Flowers", "K9", "1,5 l", "3 l"],
    )
    _band(pdf, 120, "SAGES AND MARJORAMS")
    _band(pdf, 142, "Salvia nemorosa – woodland sage", 10.5)
    _line(pdf, 160, ["'Caradonna'", "50 cm", "VI–VIII", "69", "119", "–"])
    _line(pdf, 176, ["'Schneehügel'", "40 cm", "VI–VIII", "69", "119", "–"])
    _band(pdf, 200, "Origanum vulgare – oregano", 10.5)
    _line(pdf, 218, ["'Aureum'", "25 cm", "VII–IX", "59", "99", "179"])
    _line(pdf, 234, ["'Compactum'", "15 cm", "VII–VIII", "59", "–", "–"])
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [
        "Salvia nemorosa 'Caradonna'",
        "Salvia nemorosa 'Schneehügel'",
        "Origanum vulgare 'Aureum'",
        "Origanum vulgare 'Compactum'",
    ]
    assert products[0].prices == ["69", "119"]
    assert products[0].sizes == ["K9", "1,5 l"]
    assert products[3].prices == ["59"]


def test_a_timetable_with_its_titles_set_once_offers_nothing(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _page(
        pdf,
        "Weekday service from 4 January",
        ["Stop", "Zone", "Platform", "07:10", "08:10", "09:10"],
    )
    _band(pdf, 120, "NORTHBOUND")
    _line(pdf, 160, ["Central Station", "1", "4", "07:10", "08:10", "09:10"])
    _line(pdf, 176, ["Market Square", "1", "2", "07:16", "08:16", "09:16"])
    _line(pdf, 192, ["Hospital", "2", "1", "07:24", "08:24", "09:24"])
    _line(pdf, 208, ["Airport", "3", "1", "07:41", "08:41", "09:41"])
    assert products_of_pdf(pdf, tmp_path) == []


def test_statistics_under_years_set_once_offer_nothing(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _page(
        pdf,
        "Regional survey, rates in per cent",
        ["Region", "Unit", "Sample", "2023", "2024", "2025"],
    )
    _band(pdf, 120, "NORTH")
    _line(pdf, 160, ["Coastal districts", "%", "1200", "41.20", "43.50", "44.10"])
    _line(pdf, 176, ["Upland districts", "%", "800", "38.00", "37.10", "39.40"])
    _band(pdf, 200, "SOUTH")
    _line(pdf, 220, ["River valleys", "%", "950", "45.60", "46.00", "47.20"])
    _line(pdf, 236, ["Market towns", "%", "700", "40.10", "40.90", "41.00"])
    assert products_of_pdf(pdf, tmp_path) == []


def test_bare_figures_under_pack_titles_without_a_currency_offer_nothing(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    _page(
        pdf,
        "Laboratory yields by sample weight",
        ["Sample", "Method", "Batch", "250 g", "1 kg", "5 kg"],
    )
    _band(pdf, 120, "SERIES A")
    _line(pdf, 160, ["Wheat flour", "Dry", "A1", "12", "48", "240"])
    _line(pdf, 176, ["Rye flour", "Dry", "A2", "11", "45", "226"])
    _line(pdf, 192, ["Oat bran", "Wet", "A3", "9", "37", "181"])
    assert products_of_pdf(pdf, tmp_path) == []
