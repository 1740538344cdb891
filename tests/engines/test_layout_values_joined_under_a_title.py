"""A table cell of several small values side by side (a string set's gauges, each printed in
a box of its own, under one title "Gauges (in.)"): a scan reads the values of one row apart
and those of the next joined into one segment, the boxes' sides read as "|" between them. The
joined line runs across the columns the row above set, yet only under one title: it is a row
of the table, and the table goes on to its last row (it ended at the joined line, and a
dealer list lost every set of that table). Control: a note under a row, its line running under
three titles and a remark at its end, ends the table there, as before."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf
from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document

TITLES = [(40, "Set No."), (96, "Set"), (197, "Gauge"), (240, "Gauges (in.)")]
PRICE_TITLES = [(505, "MAP single"), (576, "MAP 3-pack")]  # set flush right
SETS = [
    ("LF-1150", "Light", "11-50", (".011", ".015", ".020", ".030", ".040", ".050"), "19.99"),
    ("LF-1252", "Medium", "12-52", (".012", ".016", ".020", ".032", ".042", ".052"), "19.99"),
    ("LF-1356", "Heavy", "13-56", (".013", ".017", ".024", ".034", ".046", ".056"), "21.49"),
    ("LF-1460", "Heavy Plus", "14-60", (".014", ".018", ".026", ".036", ".048", ".060"), "22.49"),
]


def _right(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text), y, text)


def _list(tmp_path: Path, note: str | None = None) -> Path:
    """The table; the second row's gauges set close (as a scan joins them), the others apart
    in the boxes' pitch; `note` a line set under the second row across the table."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 8)
    for x, title in TITLES:
        pdf.text(x, 200, title)
    for x, title in PRICE_TITLES:
        _right(pdf, x, 200, title)
    y = 222.0
    for n, (code, name, gauge, gauges, price) in enumerate(SETS):
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, code)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(96, y, name)
        pdf.text(197, y, gauge)
        _right(pdf, 505, y, f"${price}")
        _right(pdf, 576, y, f"${float(price) * 2.7:.2f}")
        pdf.set_font("Helvetica", "", 7)
        pitch = 17.0 if n == 1 else 27.0  # the joined row: gaps narrower than a word's height
        for k, value in enumerate(gauges):
            pdf.text(247 + pitch * k, y, value)
        y += 21
        if note and n == 1:
            pdf.set_font("Helvetica", "I", 8)
            pdf.text(96, y, note)
            _right(pdf, 576, y, "see overleaf")
            y += 21
    path = tmp_path / "list.pdf"
    pdf.output(str(path))
    return path


def _tables(path: Path) -> list[list[list[str]]]:
    page = analyse_document(path).pages[0]
    return [b.rows or [] for b in page.blocks if b.kind == "table"]


def test_values_joined_under_one_title_keep_the_table_going(tmp_path: Path) -> None:
    tables = _tables(_list(tmp_path))
    assert len(tables) == 1, tables
    rows = tables[0]
    firsts = [row[0] for row in rows]
    assert firsts == ["Set No.", "LF-1150", "LF-1252", "LF-1356", "LF-1460"], rows
    assert all(row[-1].startswith("$") for row in rows[1:]), rows
    assert any(".042" in cell for cell in rows[2]), rows


def test_a_note_under_three_titles_ends_the_table(tmp_path: Path) -> None:
    note = "Singles: plain .008 to .024, wound .020 to .080, on price list SG-27"
    tables = _tables(_list(tmp_path, note))
    titled = [rows for rows in tables if rows and rows[0][0] == "Set No."]
    assert len(titled) == 1, tables
    assert [row[0] for row in titled[0]] == ["Set No.", "LF-1150", "LF-1252"], tables
