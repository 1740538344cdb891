"""Headings as real documents set them: a story's title bold in a font whose stated weight is
the producer's default (the name says Bold), a page number between dashes ("-14-"), a bold
run-in head indented as its paragraph's first line and wrapped onto the text's line, a badge's
label ("TIP") inside a paragraph wrapped around it, a divider drawn in a decorative font
("kikikikiki"), the title of a group of columns over a table's column titles, a chapter's
label over its title ("CHAPTER I" over "The River": one heading), a running head an inch down
the page, and the level of a standard's appendix. Controls: a bold face stating its weight
still reads bold, a heading over its paragraph stays a heading, a word that merely repeats a
letter or two stays a heading, an annex's label over its first numbered clause stays apart
from it, and a heading recurring in chapters far apart is not taken for a running head."""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document
from pdfqueue.engines.markdown import to_markdown

DEJAVU = "/usr/share/fonts/truetype/dejavu"
PROSE = (
    "In my old Granny's days, long ago, the land was just a collection of bogs.",
    "Pools of black water lay in the hollows, and little green rivulets ran away",
    "here and there like long lizards trying to escape from their own tails, and",
    "every tuft that you trod upon would squirt up at you like anything at all.",
)


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", f"{DEJAVU}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{DEJAVU}/DejaVuSans-Bold.ttf")
    return pdf


def _stories(path: Path, default_weight: bool) -> Path:
    """Two pages of stories, each titled in bold at the text's size, its author under it;
    with `default_weight` the bold face's descriptor states the default stem width (80), as
    many producers write for every face, so pdfium reads its weight as 400."""
    pdf = _pdf()
    for page, title in enumerate(("The Buried Moon", "The Half-Chick")):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(60, 80, title)
        pdf.set_font("DejaVu", "", 10)
        pdf.text(60, 94, "by Anonymous")
        for n, line in enumerate(PROSE * 3):
            pdf.text(60, 120 + 13 * n, line)
        pdf.text(290, 800, f"-{page + 1}-")
    data = bytes(pdf.output())
    if default_weight:
        data = re.sub(rb"/StemV (\d+)", lambda m: b"/StemV 80".ljust(len(m.group(0))), data)
    path.write_bytes(data)
    return path


def test_a_bold_face_stating_the_default_weight_heads_its_story(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_stories(tmp_path / "s.pdf", default_weight=True)))
    assert "# The Buried Moon" in markdown, markdown
    assert "# The Half-Chick" in markdown, markdown
    assert "# by Anonymous" not in markdown
    assert "\n\nby Anonymous\n\n" in markdown, markdown


def test_control_the_stated_weight_still_reads_bold_and_regular(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_stories(tmp_path / "s.pdf", default_weight=False)))
    assert "# The Buried Moon" in markdown, markdown
    assert "# by Anonymous" not in markdown and "**by Anonymous**" not in markdown


def test_a_page_number_between_dashes_is_a_footer(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_stories(tmp_path / "s.pdf", default_weight=True)))
    assert "-1-" not in markdown and "-2-" not in markdown, markdown


COLUMN = (
    "numbers (ATINs). If you have a dependent who was placed",
    "with you by an authorized placement agency and you do",
    "not know his or her social security number, you must get",
    "an adoption number for the dependent from the office.",
)


def _instructions(path: Path) -> Path:
    """A column of instructions: a heading over its text, a bold run-in head indented one em
    and wrapped onto the line its text starts on; a decorative divider; another heading."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.text(40, 60, "Exemptions")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.text(40, 76, "Exemptions for estates and trusts are described on page 18.")
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.text(52, 100, "Adoption taxpayer identification")
    y = 111.0
    pdf.text(40, y, "numbers (ATINs).")  # the head ends bold on the text's first line
    after = 40 + pdf.get_string_width("numbers (ATINs). ")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.text(after, y, COLUMN[0][len("numbers (ATINs). ") :])
    for line in COLUMN[1:]:
        y += 11
        pdf.text(40, y, line)
    pdf.set_font("DejaVu", "", 14)
    pdf.text(40, 250, "kikikikikikikikikiki")
    pdf.set_font("DejaVu", "B", 14)
    pdf.text(40, 290, "Filing Status")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.text(40, 306, "Check only one box on the form for your filing status.")
    pdf.output(str(path))
    return path


def test_an_indented_run_in_head_runs_on_into_its_text(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_instructions(tmp_path / "i.pdf")))
    assert "# Adoption taxpayer identification" not in markdown, markdown
    head = "**Adoption taxpayer identification numbers (ATINs).** If you have"
    assert head in markdown, markdown


def _badged(label_top: float) -> DocumentLayout:
    """A paragraph of seven lines wrapped around a "TIP" badge (its label bold, a little
    larger than the text), the label's line `label_top`, as a layout reads a column of
    instructions; a heading over the paragraph."""
    page = PageLayout(1, 612, 792)
    lines = ["For details on how your", "dependent can get an", "identifying number, see"]
    lines += ["Identifying number on page 8.", *COLUMN[:3]]
    page.blocks = [
        Block("heading", (222, 640, 380, 655), "Exemptions", font_size=14, bold=True),
        Block("heading", (227, label_top, 246, label_top + 9), "TIP", font_size=10, bold=True),
        Block("paragraph", (222, 675, 385, 746), " ".join(lines), font_size=9.5, lines=lines),
    ]
    page.blocks[1].lines = ["TIP"]
    page.blocks[0].lines = ["Exemptions"]
    return DocumentLayout([page])


def test_a_badge_inside_a_paragraph_heads_no_section() -> None:
    markdown = to_markdown(_badged(label_top=684))
    assert "# TIP" not in markdown, markdown
    assert "# Exemptions" in markdown, markdown


def test_control_a_heading_over_the_paragraph_stays_a_heading() -> None:
    markdown = to_markdown(_badged(label_top=662))
    assert "# TIP" in markdown, markdown


def test_a_divider_of_repeated_glyphs_is_no_heading(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_instructions(tmp_path / "i.pdf")))
    assert "# kikiki" not in markdown, markdown


def test_control_headings_over_their_text_stay_headings(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_instructions(tmp_path / "i.pdf")))
    assert re.search(r"^#+ Exemptions$", markdown, re.M), markdown
    assert re.search(r"^#+ Filing Status$", markdown, re.M), markdown


def test_control_a_word_repeating_a_letter_or_two_stays_a_heading(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.text(40, 60, "Mississippi Tours")
    pdf.set_font("DejaVu", "", 10)
    pdf.text(40, 80, "The river boats leave every morning from the landing.")
    pdf.output(str(tmp_path / "m.pdf"))
    markdown = to_markdown(analyse_document(tmp_path / "m.pdf"))
    assert re.search(r"^#+ Mississippi Tours$", markdown, re.M), markdown


def _price_breaks(path: Path) -> Path:
    """A parts list whose columns of prices are grouped under "Price breaks (qty)", set flush
    right over their titles "1+", "10+", "100+" (the titles and figures set flush right), a
    section's name between the titles and the rows."""
    pdf = _pdf()
    pdf.add_page()
    cols = ((40, "l"), (120, "l"), (240, "l"), (360, "r"), (420, "r"), (480, "r"))
    titles = ("Stock no.", "Part no.", "Package", "1+", "10+", "100+")
    rows = (
        ("270-8493", "AP2112K-3.3", "SOT-23-5", "0.380", "0.312", "0.243"),
        ("739-8786", "LM1117IMP-3.3", "SOT-223", "0.920", "0.754", "0.589"),
        ("303-4492", "MCP1700T-3302", "SOT-23", "0.410", "0.336", "0.262"),
        ("803-5850", "TLV75533PDBVR", "SOT-23-5", "0.290", "0.238", "0.186"),
    )

    def line(y: float, values: tuple[str, ...]) -> None:
        for (x, align), value in zip(cols, values, strict=True):
            pdf.text(x - (pdf.get_string_width(value) if align == "r" else 0), y, value)

    pdf.set_font("DejaVu", "B", 7.5)
    pdf.text(420 - pdf.get_string_width("Price breaks (qty)"), 67, "Price breaks (qty)")
    line(78, titles)
    pdf.set_font("DejaVu", "B", 8)
    pdf.text(42, 100, "Linear regulators")  # a section of the list, between titles and rows
    pdf.set_font("DejaVu", "", 8)
    for n, row in enumerate(rows):
        line(118 + 16 * n, row)
    pdf.output(str(path))
    return path


def test_a_group_title_over_column_titles_is_printed(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_price_breaks(tmp_path / "p.pdf")))
    assert "| 1+ | 10+ | 100+ |" in markdown, markdown
    assert "Price breaks (qty)" in markdown, markdown
    assert markdown.index("Price breaks (qty)") < markdown.index("| Stock no.")


def _chapters(path: Path) -> Path:
    """A novel's chapter openings: "CHAPTER I" over its title, set larger and bold, then
    the text; a standard's annex: "Annex A" over its first numbered clause, no title."""
    pdf = _pdf()
    for label, title in (("CHAPTER I", "The River"), ("CHAPTER II", "Night Crossing")):
        pdf.add_page()
        pdf.set_font("Times", "", 14)
        pdf.text(297 - pdf.get_string_width(label) / 2, 120, label)
        pdf.set_font("Times", "B", 16)
        pdf.text(297 - pdf.get_string_width(title) / 2, 145, title)
        pdf.set_font("Times", "", 11)
        for n, line in enumerate(PROSE * 4):
            pdf.text(60, 190 + 14 * n, line)
    pdf.add_page()
    pdf.set_font("Times", "B", 14)
    pdf.text(297 - pdf.get_string_width("Annex A") / 2, 120, "Annex A")
    pdf.set_font("Times", "B", 12)
    pdf.text(60, 150, "A.1 Introduction")
    pdf.set_font("Times", "", 11)
    pdf.text(60, 170, PROSE[0])
    pdf.output(str(path))
    return path


def test_a_chapters_label_over_its_title_is_one_heading(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_chapters(tmp_path / "c.pdf")))
    assert re.search(r"^# CHAPTER I: The River$", markdown, re.M), markdown
    assert re.search(r"^# CHAPTER II: Night Crossing$", markdown, re.M), markdown
    assert not re.search(r"^#+ CHAPTER I$", markdown, re.M), markdown


def test_control_a_label_over_a_numbered_clause_stays_apart(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_chapters(tmp_path / "c.pdf")))
    assert re.search(r"^#+ Annex A$", markdown, re.M), markdown
    assert re.search(r"^#+ A\.1 Introduction$", markdown, re.M), markdown


def _standard(path: Path) -> Path:
    """A standard: its foreword's headings in capitals in the text's 11 points, its clauses
    bold in 12, an annex and an appendix labelled in 14 over their titles, the annex's
    clauses numbered by its letter, the appendix's unnumbered."""
    pdf = _pdf()

    def heading(y: float, text: str, size: float, style: str = "B", centred: bool = False) -> None:
        pdf.set_font("Times", style, size)
        x = 297 - pdf.get_string_width(text) / 2 if centred else 60
        pdf.text(x, y, text)

    def prose(y: float) -> None:
        pdf.set_font("Times", "", 11)
        for n, line in enumerate(PROSE):
            pdf.text(60, y + 13 * n, line)

    pdf.add_page()
    heading(80, "FOREWORD", 11, "", centred=True)
    prose(96)
    heading(180, "INTELLECTUAL PROPERTY RIGHTS", 11, "", centred=True)
    prose(196)
    heading(280, "1 Scope", 12)
    prose(296)
    heading(380, "1.1 Purpose", 12)
    prose(396)
    heading(480, "2 Coding", 12)
    prose(496)
    pdf.add_page()
    heading(80, "Annex A", 14, centred=True)
    heading(112, "Optional error correction mode", 14, centred=True)
    heading(140, "A.1 Introduction", 12)
    prose(156)
    heading(230, "A.2 Definitions", 12)
    prose(246)
    pdf.add_page()
    heading(80, "Appendix I", 14, centred=True)
    heading(112, "Guaranteed reproducible area", 14, centred=True)
    prose(140)
    pdf.output(str(path))
    return path


def _levels(markdown: str) -> dict[str, int]:
    return {m.group(2): len(m.group(1)) for m in re.finditer(r"^(#+) (.+)$", markdown, re.M)}


def test_an_appendix_stands_level_with_the_annexes(tmp_path: Path) -> None:
    levels = _levels(to_markdown(analyse_document(_standard(tmp_path / "t.pdf"))))
    annex = levels["Annex A: Optional error correction mode"]
    assert levels["Appendix I: Guaranteed reproducible area"] == annex == levels["2 Coding"]
    assert levels["A.1 Introduction"] > annex, levels


def _book(path: Path) -> Path:
    """A book's pages: a running head an inch down over every page of a part (the part's
    name, on fewer than half the pages), and "Exercises" closing each chapter, at the top
    of a page, chapters far apart."""
    pdf = _pdf()
    for number in range(12):
        pdf.add_page()
        pdf.set_font("Times", "", 9)
        part = "APPENDIX B - MACROS" if number >= 8 else "CHAPTER TWO - THE RIVER"
        if number >= 4:
            pdf.text(297 - pdf.get_string_width(part) / 2, 84, part)
        pdf.set_font("Times", "B", 14)
        if number in (1, 7):
            pdf.text(60, 110, "Exercises")
        pdf.set_font("Times", "", 11)
        for n, line in enumerate(PROSE * 3):
            pdf.text(60, 130 + 13 * n, line)
    pdf.output(str(path))
    return path


def test_a_running_head_an_inch_down_is_no_heading(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_book(tmp_path / "b.pdf")))
    assert "APPENDIX B" not in markdown and "CHAPTER TWO" not in markdown, markdown


def test_control_a_heading_recurring_in_chapters_far_apart_stays(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_book(tmp_path / "b.pdf")))
    assert len(re.findall(r"^#+ Exercises$", markdown, re.M)) == 2, markdown


def _tier_pages(label: str, prices: list[str]) -> DocumentLayout:
    """Three catalog pages of prose, each with a line set low on the page at one height: the
    label, then `prices` level with it (a scan's price table read as loose blocks), and the
    page's number."""
    from pdfqueue.engines.layout import mark_running

    pages = []
    for number in range(1, 4):
        page = PageLayout(number, 595, 842)
        page.blocks = [
            Block("paragraph", (40, 100 + 14 * n, 500, 110 + 14 * n), line, font_size=9.0)
            for n, line in enumerate(PROSE)
        ]
        page.blocks.append(Block("paragraph", (45, 751, 67, 760), label, font_size=8.3))
        page.blocks += [
            Block("paragraph", (100 + 40 * k, 751, 115 + 40 * k, 760), price, font_size=8.3)
            for k, price in enumerate(prices)
        ]
        page.blocks.append(Block("paragraph", (547, 751, 554, 760), str(number), font_size=8.3))
        pages.append(page)
    document = DocumentLayout(pages)
    mark_running(document)
    return document


def test_a_price_row_s_label_set_low_on_every_page_is_no_running_footer() -> None:
    """ "£ each" opens a price row at one height near the foot of three pages, its prices
    level with it: a row's cell, not a running footer. Control: a line alone there but for
    the page's number is one."""
    for page in _tier_pages("£ each", ["2.87", "2.67", "2.47"]).pages:
        assert next(b for b in page.blocks if b.text == "£ each").kind == "paragraph"
    for page in _tier_pages("Prices excl. VAT", []).pages:
        assert next(b for b in page.blocks if b.text == "Prices excl. VAT").kind == "footer"
