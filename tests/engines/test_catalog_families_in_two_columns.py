"""A wholesaler's price list in two columns, a family's table of sizes under each heading: the
columns, set apart by a blank gutter and each at its own height, are read one by one (no
table across the gutter); a family that runs on at the head of the next column under its
heading marked "(vervolg)" keeps its name without the mark; a family's heading over its own
titles, the same as the table above's, starts a table of its own; and a washer's size with
its measures in brackets ("M10 (10,5 × 20)") names its row. Controls: a table whose columns
stand far apart, its rows level across the gap, stays one table; a name that holds brackets
of its own keeps them."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.words import without_continued
from pdfqueue.engines.layout import analyse_document

TITLES = ("Maat", "Art.nr", "Inhoud", "€ /doos")
LEFT = [  # (family, material, rows) in the left column
    (
        "Spaanplaatschroef verzinkt",
        "Verzinkt staal, deeldraad",
        [("3,5 × 25", "6,95"), ("3,5 × 35", "7,85"), ("4,0 × 30", "8,45"), ("4,0 × 40", "9,90")],
    ),
    (
        "Keilbout A4 RVS",
        "Roestvast staal A4",
        [("M8 × 75", "28,50"), ("M8 × 115", "34,75")],
    ),
]
RIGHT = [  # the right column: the last family runs on, then the next ones
    (
        "Keilbout A4 RVS",
        None,
        [("M10 × 90", "26,90"), ("M10 × 130", "32,40"), ("M12 × 100", "31,80")],
    ),
    (
        "Sluitring DIN 125",
        "Verzinkt staal, vlak",
        [("M6 (6,4 × 12)", "3,85"), ("M8 (8,4 × 16)", "5,60"), ("M10 (10,5 × 20)", "5,15")],
    ),
    (
        "Zeskantmoer DIN 934",
        "Verzinkt staal, klasse 8",
        [("M6", "5,95"), ("M8", "8,70"), ("M10", "7,90"), ("M12", "11,45")],
    ),
]
ROW = 15.0  # points a row takes


def _column(pdf: FPDF, x: float, top: float, families: list, serial: int) -> int:
    y = top
    for family, material, rows in families:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.text(x, y + 11, family if material else f"{family}  (vervolg)")
        y += 11
        if material:
            pdf.set_font("Helvetica", "I", 7)
            pdf.text(x, y + 11, material)
            y += 11
        y += 16
        pdf.set_font("Helvetica", "B", 7)
        for dx, title in zip((0, 82, 150, 220), TITLES, strict=True):
            pdf.text(x + dx, y, title)
        for size, price in rows:
            y += ROW
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, y, size)
            pdf.text(x + 82, y, f"VD-{serial}")
            pdf.text(x + 150, y, "100 st.")
            pdf.text(x + 225, y, price)
            serial += 7
        y += 10
    return serial


def _price_list(tmp_path: Path) -> Path:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 80, "Alle artikelen uit voorraad leverbaar; prijzen per doos, excl. btw.")
    serial = _column(pdf, 40, 95, LEFT, 10380)
    _column(pdf, 310, 102, RIGHT, serial)  # the right column at its own height
    path = tmp_path / "prijslijst.pdf"
    pdf.output(str(path))
    return path


def _names(tmp_path: Path) -> list[str]:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 80, "Alle artikelen uit voorraad leverbaar; prijzen per doos, excl. btw.")
    serial = _column(pdf, 40, 95, LEFT, 10380)
    _column(pdf, 310, 102, RIGHT, serial)
    return [p.name for p in products_of_pdf(pdf, tmp_path)]


def test_each_column_of_families_is_read_on_its_own(tmp_path: Path) -> None:
    tables = [
        b for b in analyse_document(_price_list(tmp_path)).pages[0].blocks if b.kind == "table"
    ]
    assert all(b.right < 300 or b.left > 300 for b in tables)  # none across the gutter
    names = _names(tmp_path)
    for family, _, rows in LEFT:
        assert all(f"{family} {size}" in names for size, _ in rows)


def test_a_family_run_on_under_its_marked_heading_keeps_its_name(tmp_path: Path) -> None:
    names = _names(tmp_path)
    assert not any("vervolg" in name for name in names)
    assert "Keilbout A4 RVS M10 × 90" in names
    assert "Keilbout A4 RVS M12 × 100" in names


def test_the_next_familys_heading_over_the_same_titles_starts_its_own_table(
    tmp_path: Path,
) -> None:
    names = _names(tmp_path)
    assert [n for n in names if n.startswith("Zeskantmoer") and n.endswith(("M6", "M12"))] == [
        "Zeskantmoer DIN 934 M6",
        "Zeskantmoer DIN 934 M12",
    ]
    assert not any(n.startswith("Keilbout") and "M6" in n for n in names)


def test_a_size_with_its_measures_in_brackets_names_its_row(tmp_path: Path) -> None:
    names = _names(tmp_path)
    assert "Sluitring DIN 125 M10 (10,5 × 20)" in names
    assert "Sluitring DIN 125 M6 (6,4 × 12)" in names


def test_columns_far_apart_with_rows_level_stay_one_table(tmp_path: Path) -> None:
    """Control: a price list's names at the left and its prices far right, every row level
    across the gap in the page's middle, is one table."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 8)
    for x, title in ((40, "Artikel"), (120, "Art.nr"), (360, "Inhoud"), (480, "Prijs")):
        pdf.text(x, 100, title)
    pdf.set_font("Helvetica", "", 8)
    for n in range(8):
        y = 115 + 14 * n
        pdf.text(40, y, f"Houtschroef {n + 3} mm")
        pdf.text(120, y, f"HS-{4410 + n}")
        pdf.text(360, y, "200 st.")
        pdf.text(480, y, f"{5 + n},95")
    path = tmp_path / "lijst.pdf"
    pdf.output(str(path))
    tables = [b for b in analyse_document(path).pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and len(tables[0].rows) == 9


def test_the_continued_mark_is_dropped_and_other_brackets_kept() -> None:
    assert without_continued("Keilbout A4 RVS (vervolg)") == "Keilbout A4 RVS"
    assert without_continued("Hex bolts (continued)") == "Hex bolts"
    assert without_continued("Vis à bois (suite)") == "Vis à bois"
    assert without_continued("Holzschrauben (Fortsetzung)") == "Holzschrauben"
    assert without_continued("Hex bolts – continued") == "Hex bolts"
    assert without_continued("Wall plug (nylon)") == "Wall plug (nylon)"
    assert without_continued("Suite lamp") == "Suite lamp"
    assert without_continued("Bathroom – Suite") == "Bathroom – Suite"
