"""Section titles set in (nearly) the text's own type, as standards, lecture notes and legal
texts set them: a bold numbered title longer than a bold sentence's limit ("F.4 Basic
procedure for the interchange of ..."), a numbered subsection's title in regular type a step
larger than the text ("4.2.1 Area" in 12 points over 11) are headings; a short title in
capitals centred over its text in the text's size and weight ("FOREWORD") is a line of its own,
no first line of its paragraph (no heading: its rank is unknown). Controls: a bold
sentence as long without a number, a numbered line in the text's size, a numbered list item,
a centred line not in capitals, a paragraph's first line in capitals at its left edge, a
centred line with a figure ("© ITU 2004", "SOF1") and a code a sentence ending in a colon
introduces stay text."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document

BODY = (
    "The terminal shall scan the document line by line at the resolution agreed between the",
    "two ends of the call, and shall code each line as set out below so that the receiving",
    "terminal can print the page at its own resolution and in the order it was scanned.",
)


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def _body(pdf: FPDF, y: float, size: float = 11) -> float:
    pdf.set_font("Times", "", size)
    for line in BODY:
        pdf.text(57, y, line)
        y += size * 1.2
    return y + 16


def _line(pdf: FPDF, x: float, y: float, text: str, style: str = "", size: float = 11) -> None:
    pdf.set_font("Times", style, size)
    pdf.text(x, y, text)


def _kinds(path: Path) -> dict[str, str]:
    return {b.text: b.kind for page in analyse_document(path).pages for b in page.blocks}


# --- a long numbered title in bold -----------------------------------------------------------

LONG_TITLE = (
    "F.4 Basic procedure for the interchange of Group 3 64 kbit/s option F facsimile document"
)
LONG_SENTENCE = (
    "Basic procedures for the interchange of Group 3 documents apply to every terminal here"
)


def _long_titles(path: Path) -> Path:
    pdf = _pdf()
    y = _body(pdf, 60)
    _line(pdf, 57, y, LONG_TITLE, "B")
    y = _body(pdf, y + 20)
    _line(pdf, 57, y, LONG_SENTENCE, "B")
    _body(pdf, y + 20)
    pdf.output(str(path))
    return path


def test_a_long_bold_numbered_title_is_a_heading(tmp_path: Path) -> None:
    kinds = _kinds(_long_titles(tmp_path / "long.pdf"))
    assert kinds[LONG_TITLE] == "heading", kinds


def test_control_a_bold_line_as_long_without_a_number_is_no_heading(tmp_path: Path) -> None:
    kinds = _kinds(_long_titles(tmp_path / "long.pdf"))
    assert kinds[LONG_SENTENCE] != "heading", kinds


# --- a numbered subsection one step larger ---------------------------------------------------


def _subsections(path: Path, size: float) -> Path:
    pdf = _pdf()
    _line(pdf, 57, 60, "4.2 Further properties of a Euclidean plane", size=16)
    y = _body(pdf, 90)
    _line(pdf, 57, y, "4.2.1 Area", size=size)
    y = _body(pdf, y + 20)
    _line(pdf, 57, y, "1. Two triangles are equal in area when they can be cut up alike")
    y = _body(pdf, y + 20)
    _body(pdf, y)
    pdf.output(str(path))
    return path


def test_a_numbered_subsection_a_step_larger_than_the_text_is_a_heading(
    tmp_path: Path,
) -> None:
    kinds = _kinds(_subsections(tmp_path / "larger.pdf", size=12))
    assert kinds["4.2.1 Area"] == "heading", kinds


def test_control_a_numbered_line_in_the_text_size_or_a_list_item_is_no_heading(
    tmp_path: Path,
) -> None:
    kinds = _kinds(_subsections(tmp_path / "same.pdf", size=11))
    assert kinds.get("4.2.1 Area") != "heading", kinds
    item = [kind for text, kind in kinds.items() if text.startswith("1. Two triangles")]
    assert item and "heading" not in item, kinds


# --- a centred title in capitals -------------------------------------------------------------


INTRODUCING = "If used, it replaces the marker the encoder sends first in the data stream:"


def _centred(path: Path, title: str, introduced: bool = False) -> Path:
    pdf = _pdf()
    pdf.set_font("Times", "", 11)
    width = pdf.get_string_width(title)
    left, right = 57, 57 + pdf.get_string_width(BODY[0])
    if introduced:  # a sentence that ends in a colon, then its code displayed centred
        _line(pdf, 57, 52, INTRODUCING)
    _line(pdf, (left + right - width) / 2, 80, title)
    _body(pdf, 95)
    pdf.output(str(path))
    return path


def test_a_centred_title_in_capitals_over_its_text_is_a_line_of_its_own(tmp_path: Path) -> None:
    for title in ("FOREWORD", "INTELLECTUAL PROPERTY RIGHTS"):
        kinds = _kinds(_centred(tmp_path / "centred.pdf", title))
        assert kinds.get(title) == "paragraph", kinds
        assert kinds.get(" ".join(BODY)) == "paragraph", kinds


def test_control_a_centred_line_not_in_capitals_or_with_a_figure_stays_in_its_text(
    tmp_path: Path,
) -> None:
    for title in ("Foreword", "ITU 2004", "SOF1"):
        kinds = _kinds(_centred(tmp_path / "centred.pdf", title))
        assert title not in kinds, kinds


def test_control_a_centred_code_a_sentence_introduces_stays_with_its_text(tmp_path: Path) -> None:
    kinds = _kinds(_centred(tmp_path / "code.pdf", "SOF", introduced=True))
    assert "SOF" not in kinds, kinds


def test_control_a_first_line_in_capitals_at_the_left_edge_stays_in_its_paragraph(
    tmp_path: Path,
) -> None:
    pdf = _pdf()
    _line(pdf, 57, 80, "NOTICE")
    _body(pdf, 80 + 13.2)
    path = tmp_path / "left.pdf"
    pdf.output(str(path))
    kinds = _kinds(path)
    assert "NOTICE" not in kinds, kinds
