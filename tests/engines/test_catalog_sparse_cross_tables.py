"""Sparse cross-tables: a price book's matrix of sizes (rows) by lengths (columns) whose
offered cells each hold a small article code over the price, the rest a dash. Where a row
offers one length only, its code stands alone on the line over the row: under the table's
column titles that lone line broke the table (its rows under it were read without their
titles, the rows above them lost), and a table of such rows only had each code read as the
wrapped cell of the row above. Controls: a note spanning the columns under a timetable's
titles stays out of its rows, a name wrapped onto a second line of its row stays that row's,
and cross-tables of figures without codes (a timetable, statistics) list no products."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.layout import Word, layout_words

LEFT, RIGHT, FIRST = 40.0, 555.0, 110.0  # the table's edges and where its first column starts


def _centre(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text) / 2, y, text)


def _matrix(pdf: FPDF, top: float, title: str, lengths: list[int], offers: dict) -> None:
    """A family's title, its lengths as column titles and a row per size: in each offered
    cell `offers[size][length]` = (code, price) a small code over its price, else a dash."""
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(LEFT, top, title)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(LEFT, top + 14, "Prices per 100 pieces.")
    width = (RIGHT - FIRST) / len(lengths)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(48, top + 53, "d x l")
    for k, length in enumerate(lengths):
        _centre(pdf, FIRST + (k + 0.5) * width, top + 60, str(length))
    y = top + 64
    for size, offered in offers.items():
        pdf.line(LEFT, y, RIGHT, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(48, y + 20, size)
        for k, length in enumerate(lengths):
            mid = FIRST + (k + 0.5) * width
            if length not in offered:
                pdf.set_font("Helvetica", "", 9)
                _centre(pdf, mid, y + 20, "-")
                continue
            code, price = offered[length]
            pdf.set_font("Helvetica", "", 6.5)
            _centre(pdf, mid, y + 12, code)
            pdf.set_font("Helvetica", "B", 9.5)
            _centre(pdf, mid, y + 25, price)
        y += 32


def _offers(rows: dict[str, list[int]], prefix: str) -> dict:
    return {
        size: {
            length: (f"{prefix}.{size[1:]:0>2}.{length:03d}", f"{int(size[1:]) * 1.7 + n:.2f}")
            for n, length in enumerate(lengths)
        }
        for size, lengths in rows.items()
    }


def _named(pdf: FPDF, tmp_path: Path) -> list[tuple[str, list[str], list[str]]]:
    return [(p.name, p.codes, p.prices) for p in products_of_pdf(pdf, tmp_path)]


def test_a_matrix_whose_first_rows_offer_one_length_each_lists_every_offer(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    rows = {"M6": [60], "M8": [50], "M10": [60, 80], "M12": [80]}
    _matrix(pdf, 70, "Hexagon bolt DIN 931", [40, 50, 60, 80, 100], _offers(rows, "931"))
    named = _named(pdf, tmp_path)
    assert [n for n, _, _ in named] == [
        "Hexagon bolt DIN 931 M6 x 60",
        "Hexagon bolt DIN 931 M8 x 50",
        "Hexagon bolt DIN 931 M10 x 60",
        "Hexagon bolt DIN 931 M10 x 80",
        "Hexagon bolt DIN 931 M12 x 80",
    ]
    assert named[0][1:] == (["931.06.060"], ["10.20"])


def test_a_matrix_of_one_offer_a_row_reads_each_code_with_the_row_under_it(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    rows = {"M3": [16], "M4": [20], "M5": [12], "M6": [16]}
    _matrix(pdf, 70, "Countersunk screw ISO 10642", [8, 10, 12, 16, 20], _offers(rows, "10642"))
    named = _named(pdf, tmp_path)
    assert [n for n, _, _ in named] == [
        "Countersunk screw ISO 10642 M3 x 16",
        "Countersunk screw ISO 10642 M4 x 20",
        "Countersunk screw ISO 10642 M5 x 12",
        "Countersunk screw ISO 10642 M6 x 16",
    ]
    assert named[2][1:] == (["10642.05.012"], ["8.50"])


def _line(cells: list[tuple[float, str]], top: float, size: float = 9.0) -> list[Word]:
    """Words of one line: (left, text), each word 0.5 em a character wide."""
    return [
        Word(text, left, top, left + 0.5 * size * len(text), top + size, size)
        for left, text in cells
    ]


TIMES = [(150.0, "Mon-Fri"), (250.0, "Sat"), (350.0, "Sun"), (450.0, "Holidays")]


def test_a_note_spanning_the_columns_under_a_timetable_s_titles_is_no_row_of_it() -> None:
    words = _line(TIMES, 100)
    words += _line([(150.0, "Buses run every twenty minutes on all days")], 114)
    for n, stop in enumerate(("Central", "Harbour", "Airport", "Station")):
        times = [(x, f"0{7 + n}:{15 + n}") for x, _ in TIMES]
        words += _line([(48.0, stop), *times], 128 + 14 * n)
    tables = [b for b in layout_words(words, [], [], 595, 842) if b.kind == "table"]
    assert len(tables) == 1
    assert not any("twenty" in c for r in tables[0].rows or [] for c in r)


def test_a_name_wrapped_onto_a_second_line_of_its_row_stays_its_cell() -> None:
    """Rows 30 pt apart, each name's second line 11 pt under its first: the wrapped line
    continues its row, closer under it than over the next row."""
    words: list[Word] = []
    for n in range(4):
        top = 100 + 30 * n
        cells = [(48.0, f"Garden hose {n + 1}"), (300.0, f"GH-10{n}"), (450.0, "12.50")]
        words += _line(cells, top)
        words += _line([(48.0, "reinforced, 25 m")], top + 11)
    tables = [b for b in layout_words(words, [], [], 595, 842) if b.kind == "table"]
    assert len(tables) == 1
    assert [r[0] for r in tables[0].rows or []] == [
        f"Garden hose {n + 1} reinforced, 25 m" for n in range(4)
    ]


def test_sparse_cross_tables_of_figures_without_codes_list_no_products(tmp_path: Path) -> None:
    """A timetable's departures and a statistics table's counts, some cells a dash, some
    rows a single figure on a line of its own over the row: no offers (no article codes)."""
    pdf = a4_pdf()
    pdf.add_page()
    timetable = {
        "Central": {"07": ("06:55", "07:15")},
        "Harbour": {"08": ("07:40", "08:05")},
        "Airport": {"07": ("07:02", "07:30"), "09": ("08:44", "09:10")},
    }
    _hours(pdf, 70, "Route 4 departures", ["06", "07", "08", "09"], timetable)
    counts = {
        "North": {"2023": ("1,204", "1,310")},
        "South": {"2022": ("980", "1,005")},
        "East": {"2023": ("640", "702"), "2024": ("733", "760")},
    }
    _hours(pdf, 330, "Households by region", ["2021", "2022", "2023", "2024"], counts)
    assert products_of_pdf(pdf, tmp_path) == []


def _hours(pdf: FPDF, top: float, title: str, columns: list[str], cells: dict) -> None:
    """A cross-table like `_matrix`, its cells two figures each (no code among them)."""
    offers = {row: {int(c): pair for c, pair in values.items()} for row, values in cells.items()}
    _matrix(pdf, top, title, [int(c) for c in columns], offers)


def test_a_word_under_a_letterhead_s_date_does_not_join_it_to_the_table_under_them() -> None:
    """A letterhead's address beside its date, the currency alone under the date, then the
    price list's titles and rows: the letterhead is no cross-table's titles (two cells, an
    address of many words), the table starts at its titles."""
    words = _line([(40.0, "Harbour Road 114, 21000 Portside, tel. 021 640 2118")], 52)
    words += _line([(450.0, "valid from 01.12.2026")], 52)
    words += _line([(500.0, "EUR")], 64)
    words += _line([(40.0, "Item"), (300.0, "Unit"), (400.0, "Net"), (500.0, "Gross")], 79)
    for n in range(4):
        cells = [(40.0, f"Brick {n + 1}"), (300.0, "pc"), (400.0, f"{n + 2},50")]
        words += _line([*cells, (500.0, f"{n + 3},00")], 93 + 14 * n)
    tables = [b for b in layout_words(words, [], [], 595, 842) if b.kind == "table"]
    assert len(tables) == 1
    assert (tables[0].rows or [[]])[0] == ["Item", "Unit", "Net", "Gross"]
