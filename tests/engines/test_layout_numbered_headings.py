"""A numbered section heading ("2. Methods and consultations") set larger than the text is a
heading, not an item of a numbered list. Controls: a numbered list in the body's type, plain
or bold, stays a list; a large line numbered but in lower case ("3. and then") stays one too."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document

PROSE = (
    "The municipality consulted its residents over two months, online and in meetings, and "
    "the answers shaped the plan set out in the following chapters of this report."
)


def _pdf(path: Path, numbered: list[tuple[str, str, float]]) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 80.0
    for text, style, size in numbered:
        pdf.set_font("Helvetica", style, size)
        pdf.text(60, y, text)
        y += size + 10
        pdf.set_font("Helvetica", "", 10)
        for line in (PROSE[:90], PROSE[90:]):
            pdf.text(60, y, line)
            y += 13
        y += 14
    pdf.output(str(path))
    return path


def _kinds(pdf: Path) -> dict[str, str]:
    page = analyse_document(pdf).pages[0]
    return {b.lines[0]: b.kind for b in page.blocks if b.text[:1].isdigit()}  # its first line


def test_a_numbered_section_heading_set_large_is_a_heading(tmp_path: Path) -> None:
    pdf = _pdf(
        tmp_path / "report.pdf",
        [
            ("1. Context of the plan", "B", 16),
            ("2. Methods and consultations", "B", 16),
            ("2.1. Meetings with groups", "", 13),
        ],
    )
    assert _kinds(pdf) == {
        "1. Context of the plan": "heading",
        "2. Methods and consultations": "heading",
        "2.1. Meetings with groups": "heading",
    }


def test_a_numbered_list_in_the_body_s_type_stays_a_list(tmp_path: Path) -> None:
    pdf = _pdf(
        tmp_path / "list.pdf",
        [("1. Buy the tickets", "", 10), ("2. Book the hotel", "B", 10), ("3. and then", "B", 16)],
    )
    kinds = _kinds(pdf)
    assert kinds["1. Buy the tickets"] == "list_item", kinds
    assert kinds["2. Book the hotel"] == "list_item", kinds
    assert kinds["3. and then"] == "list_item", kinds
