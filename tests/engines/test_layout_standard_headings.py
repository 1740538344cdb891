"""Section headings as a standard or a textbook prints them: a subsection's numbered title set
right under its section's is a heading of its own; an annex's section number or an appendix's
letter set apart from its title ("B.7   Protocol aspects", "D   Joint training") is one heading
with it; a formula's symbol or a drawing's label set large ("γ", "s1", "=") is no heading; a
running footer set on facing pages, its page number at the outer edge ("16 ITU-T Rec. T.4",
"ITU-T Rec. T.4 17"), is a footer on both; a running head that names the page's section, level
with the page's number, is a header though it changes from section to section. Controls: a
title wrapped to two lines stays one heading, a contents list's numbered lines stay its lines,
a title far from a number stays apart, a glossary's bold letter and a standard's bold "T.4"
stay headings, a line in the margin of one page only stays text, a chapter's title at the top
of a page numbered at its foot stays a heading."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.markdown import to_markdown

BODY = (
    "The terminal shall scan the document line by line at the resolution agreed between the",
    "two ends of the call, and shall code each line as set out below so that the receiving",
    "terminal can print the page at its own resolution and in the order it was scanned.",
)


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    return pdf


def _body(pdf: FPDF, y: float) -> float:
    pdf.set_font("Helvetica", "", 10)
    for line in BODY:
        pdf.text(57, y, line)
        y += 13
    return y + 14


def _bold(pdf: FPDF, x: float, y: float, text: str, size: float = 12) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.text(x, y, text)


def _headings(path: Path) -> list[str]:
    return [
        b.text for page in analyse_document(path).pages for b in page.blocks if b.kind == "heading"
    ]


# --- numbered titles stacked, and a lettered number apart from its title -----------------


def _standard_page(path: Path) -> Path:
    pdf = _pdf()
    pdf.add_page()
    y = _body(pdf, 60)
    _bold(pdf, 57, y, "4.2.1 Data")
    _bold(pdf, 57, y + 16, "4.2.1.1 Parameter K")
    y = _body(pdf, y + 40)
    _bold(pdf, 57, y, "C.6.3 Control functions for format effectors")
    _bold(pdf, 57, y + 16, "C.6.3.1 Page initiator")
    y = _body(pdf, y + 40)
    _bold(pdf, 57, y, "B.7")
    _bold(pdf, 125, y, "Protocol aspects")
    y = _body(pdf, y + 24)
    _bold(pdf, 57, y, "D")
    _bold(pdf, 115, y, "Joint training of retriever and reader")
    y = _body(pdf, y + 24)
    _bold(pdf, 57, y, "4.3 Extended two-dimensional coding scheme for terminals with")
    _bold(pdf, 57, y + 16, "Error correction")  # the title wrapped: one heading
    y = _body(pdf, y + 40)
    _bold(pdf, 57, y, "F.4")
    _bold(pdf, 400, y, "Interworking")  # far from the number: no title of it
    _body(pdf, y + 24)
    pdf.output(str(path))
    return path


def test_a_subsection_title_under_its_section_title_is_a_heading_of_its_own(
    tmp_path: Path,
) -> None:
    headings = _headings(_standard_page(tmp_path / "standard.pdf"))
    for title in (
        "4.2.1 Data",
        "4.2.1.1 Parameter K",
        "C.6.3 Control functions for format effectors",
        "C.6.3.1 Page initiator",
    ):
        assert title in headings, headings


def test_an_annex_letter_apart_from_its_title_is_one_heading_with_it(tmp_path: Path) -> None:
    headings = _headings(_standard_page(tmp_path / "standard.pdf"))
    assert "B.7 Protocol aspects" in headings, headings
    assert "D Joint training of retriever and reader" in headings, headings
    assert "B.7" not in headings and "D" not in headings


def test_control_a_wrapped_title_and_a_far_title_keep_their_lines(tmp_path: Path) -> None:
    headings = _headings(_standard_page(tmp_path / "standard.pdf"))
    wrapped = "4.3 Extended two-dimensional coding scheme for terminals with Error correction"
    assert wrapped in headings, headings
    assert "F.4 Interworking" not in headings


def test_control_a_contents_list_keeps_its_numbered_lines(tmp_path: Path) -> None:
    """Bold numbered lines with leaders to their pages stay the contents list's lines: no
    heading each."""
    pdf = _pdf()
    pdf.add_page()
    _bold(pdf, 200, 80, "Table of contents", 24)
    y = 130.0
    for entry in (
        "3.3. Meetings with local groups ................................ 21",
        "4.1. A renewed vision ............................................... 23",
        "4.2. Action plan 2021-2026 ........................................ 24",
    ):
        _bold(pdf, 114, y, entry, 11)
        y += 15
    y = _body(pdf, y + 30)
    path = tmp_path / "contents.pdf"
    pdf.output(str(path))
    assert _headings(path) == ["Table of contents"]


# --- symbols set large ---------------------------------------------------------------------


def test_a_symbol_or_a_label_set_large_is_no_heading(tmp_path: Path) -> None:
    """A drawing's points and labels and a formula's sign, larger than the text and regular:
    no heading; a glossary's bold capital letter, a standard's bold "T.4" and a short worded
    title stay headings."""
    pdf = _pdf()
    pdf.add_page()
    _bold(pdf, 57, 60, "A", 18)
    y = _body(pdf, 90)
    pdf.set_font("Helvetica", "", 16)
    for x, label in ((200, "P"), (260, "s1"), (320, "s2"), (380, "=")):
        pdf.text(x, y + 20, label)
    y = _body(pdf, y + 60)
    _bold(pdf, 57, y, "Q&A", 16)
    y = _body(pdf, y + 30)
    _bold(pdf, 57, y, "T.4", 16)
    _body(pdf, y + 30)
    path = tmp_path / "symbols.pdf"
    pdf.output(str(path))
    assert _headings(path) == ["A", "Q&A", "T.4"]


# --- a running footer on facing pages ------------------------------------------------------


def _facing_pages(path: Path, once: str = "") -> Path:
    pdf = _pdf()
    pdf.add_page()  # a cover, no footer: each side's footer is on fewer than half the pages
    _bold(pdf, 57, 300, "Standardization of facsimile terminals", 24)
    for number in range(2, 8):
        pdf.add_page()
        _bold(pdf, 57, 60, f"Section {number}", 14)
        _body(pdf, 90)
        pdf.set_font("Helvetica", "B", 11)
        footer = "ITU-T Rec. T.4 (07/2003)"
        if number % 2 == 0:  # a left page: its number at the outer, left edge
            pdf.text(57, 812, f"{number + 10}  {footer}")
        else:
            pdf.text(378, 812, f"{footer}  {number + 10}")
        if once and number == 3:
            pdf.text(57, 790, once)
    pdf.output(str(path))
    return path


def test_a_footer_on_facing_pages_is_running_on_both(tmp_path: Path) -> None:
    document = analyse_document(_facing_pages(tmp_path / "facing.pdf"))
    markdown = to_markdown(document)
    assert "ITU-T Rec" not in markdown, markdown
    for page in document.pages[1:]:
        footers = [b for b in page.blocks if "ITU-T" in b.text]
        assert footers and all(b.kind == "footer" for b in footers), footers


def test_control_a_line_in_one_page_margin_stays_text(tmp_path: Path) -> None:
    document = analyse_document(_facing_pages(tmp_path / "facing.pdf", once="Errata 12"))
    assert "Errata 12" in to_markdown(document)


# --- a running head that names the page's section ------------------------------------------


def _book(path: Path) -> Path:
    """Six pages of lecture notes: on each, the page's number and its section's name in
    capitals on one line at the top (the name changing every two pages), a chapter's title
    set large on the first, the text; the last page's number at its foot instead, under a
    chapter's title at the top."""
    pdf = _pdf()
    sections = ("1.1. TOPOLOGISCHE RÄUME", "1.2. METRISCHE RÄUME", "1.3. STETIGKEIT")
    for number in range(6):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(90, 34, str(number + 29))
        pdf.text(539 - pdf.get_string_width(sections[number // 2]), 34, sections[number // 2])
        _body(pdf, 90)
    pdf.add_page()
    _bold(pdf, 90, 40, "Grundbegriffe der Topologie", 20)
    _body(pdf, 90)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(300, 812, "35")
    pdf.output(str(path))
    return path


def test_a_running_head_level_with_the_page_number_is_a_header(tmp_path: Path) -> None:
    document = analyse_document(_book(tmp_path / "book.pdf"))
    for page in document.pages[:6]:
        named = [b for b in page.blocks if "RÄUME" in b.text or "STETIGKEIT" in b.text]
        assert named and all(b.kind == "header" for b in named), named
    assert "RÄUME" not in to_markdown(document)


def test_control_a_title_at_the_top_with_its_number_at_the_foot_stays(tmp_path: Path) -> None:
    document = analyse_document(_book(tmp_path / "book.pdf"))
    assert "# Grundbegriffe der Topologie" in to_markdown(document)
