"""Section headings of reports and papers: a bold heading in the body's own size when that size
is not a round half point ("3.1 Overview" in 10.9 points); a subsection's numbered heading set
right under a chart opens the next section, it is no caption of the chart; an annex's figure
caption ("Figure A.1/T.4 - ...") is a caption, not a heading; a line opening with a symbol
font's bullet (a text layer's private-use "\\uf0fc") is a list item; a heading under a photo
over a list of items right under it heads that list (a parts catalog's system, its parts). Each
with a control."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import raw_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.layout import analyse_document

PROSE = (
    "The encoders map each passage and each question to a dense vector, and the retriever",
    "ranks the passages by the dot product of the vectors, as the next sections explain.",
)


def _pdf(path: Path, lines: list[tuple[str, str, float]], size: float = 10.9) -> Path:
    """Each line in its style and size, then two lines of prose in `size`; "IMAGE" draws a
    chart."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 80.0
    for text, style, points in lines:
        if text == "IMAGE":
            pdf.image(Image.new("RGB", (300, 150), (90, 130, 200)), x=60, y=y, w=300, h=150)
            y += 150 + points
            continue
        pdf.set_font("Helvetica", style, points)
        pdf.text(60, y + points, text)
        y += points + 8
        pdf.set_font("Helvetica", "", size)
        for line in PROSE:
            pdf.text(60, y + size, line)
            y += size + 3
        y += 16
    pdf.output(str(path))
    return path


def _kinds(pdf: Path) -> dict[str, str]:
    page = analyse_document(pdf).pages[0]
    return {b.lines[0] if b.lines else b.text: b.kind for b in page.blocks if b.text}


def test_a_bold_heading_in_the_body_s_size_off_the_half_point_is_a_heading(
    tmp_path: Path,
) -> None:
    pdf = _pdf(
        tmp_path / "paper.pdf",
        [("3.1 Overview", "B", 10.9), ("3.2 Training", "B", 10.9)],
    )
    kinds = _kinds(pdf)
    assert kinds["3.1 Overview"] == "heading" and kinds["3.2 Training"] == "heading", kinds


def test_a_bold_line_smaller_than_the_body_is_no_heading(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "note.pdf", [("Overview of the note", "B", 9.0)])
    assert _kinds(pdf)["Overview of the note"] != "heading"


def test_a_subsection_heading_under_a_chart_is_a_heading(tmp_path: Path) -> None:
    lines = [("IMAGE", "", 14), ("3.3. Meetings with local groups", "B", 16)]
    assert _kinds(_pdf(tmp_path / "report.pdf", lines))["3.3. Meetings with local groups"] == (
        "heading"
    )


def test_a_name_under_a_photo_stays_its_caption(tmp_path: Path) -> None:
    lines = [("IMAGE", "", 14), ("Oak Writing Desk", "B", 16)]
    assert _kinds(_pdf(tmp_path / "catalog.pdf", lines))["Oak Writing Desk"] == "caption"


def test_an_annex_figure_s_caption_is_a_caption(tmp_path: Path) -> None:
    lines = [
        ("Figure A.1/T.4 - Initial frame structure", "B", 12),
        ("Figures of merit", "B", 14),
    ]
    kinds = _kinds(_pdf(tmp_path / "standard.pdf", lines))
    assert kinds["Figure A.1/T.4 - Initial frame structure"] == "caption", kinds
    assert kinds["Figures of merit"] == "heading", kinds


def _symbol_bullets(path: Path, marked: bool) -> Path:
    """Bold lines in the body's size, each opening with a symbol font's check mark (a glyph
    named uniF0FC: the text layer gives U+F0FC) when `marked`, each over a line of prose."""
    lines = []
    y = 740
    for title in ("Funding of active transport", "Planning of the whole network"):
        text = ("\\200 " if marked else "") + title
        lines.append(f"BT /F2 11 Tf 60 {y} Td ({text}) Tj ET")
        lines.append(f"BT /F1 11 Tf 60 {y - 16} Td ({PROSE[0]}) Tj ET")
        lines.append(f"BT /F1 11 Tf 60 {y - 30} Td ({PROSE[1]}) Tj ET")
        y -= 70
    stream = "\n".join(lines).encode()
    encoding = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /uniF0FC] >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding " + encoding + b" >>",
    ]
    return raw_pdf(path, objects)


def test_a_line_opening_with_a_symbol_font_s_bullet_is_a_list_item(
    tmp_path: Path,
) -> None:
    page = analyse_document(_symbol_bullets(tmp_path / "marked.pdf", True)).pages[0]
    marked = [b for b in page.blocks if "Funding" in b.text or "Planning" in b.text]
    assert marked and all(b.text.startswith("\uf0fc") for b in marked), marked
    assert all(b.kind == "list_item" for b in marked), [(b.kind, b.text) for b in marked]


def test_the_same_lines_without_the_bullet_are_headings(tmp_path: Path) -> None:
    page = analyse_document(_symbol_bullets(tmp_path / "plain.pdf", False)).pages[0]
    titles = [b for b in page.blocks if b.text.startswith(("Funding", "Planning"))]
    assert [b.kind for b in titles] == ["heading", "heading"], titles


def _system(path: Path, items: list[str]) -> Path:
    """A parts catalog's system: its photo, its name under it, its parts as bullet lines."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 150), (150, 120, 90)), x=80, y=110, w=160, h=120)
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(60, 260, "MOTOR / ENGINE")
    y = 285.0
    for item in items:
        pdf.set_font("Helvetica", "", 11)
        pdf.text(76, y, f"- {item}")
        y += 18
    pdf.set_font("Helvetica", "", 9)
    pdf.text(
        60,
        700,
        "Delivery in two working days across the country, on every order placed.",
    )
    pdf.output(str(path))
    return path


def test_a_heading_under_a_photo_over_its_list_is_a_heading(tmp_path: Path) -> None:
    items = [
        "Luftfilter / Air Filter",
        "Zündkerze / Spark Plug",
        "Wasserpumpe / Water Pump",
    ]
    kinds = _kinds(_system(tmp_path / "parts.pdf", items))
    assert kinds["MOTOR / ENGINE"] == "heading", kinds


def test_a_name_under_a_photo_over_one_line_stays_its_caption(tmp_path: Path) -> None:
    kinds = _kinds(_system(tmp_path / "card.pdf", ["Luftfilter / Air Filter"]))
    assert kinds["MOTOR / ENGINE"] == "caption", kinds


def test_a_sentence_citing_a_figure_is_a_paragraph_not_its_caption(tmp_path: Path) -> None:
    """A paragraph of a paper that opens by citing a figure ("Figure 7 shows ...", "Table 2
    lists ...": the number, then a word in lower case) is text, not a caption; a caption's
    number is followed by its stop or its title's capital (the control)."""
    lines = [
        ("Figure 7 shows basic trace tree compilation applied to a nested loop.", "", 10.9),
        ("Table 2 lists the retrieval accuracy on the test sets.", "", 10.9),
        ("Figure 8: Control flow of a nested trace tree", "", 10.9),
        ("Table 3 Retrieval accuracy on the test sets", "", 10.9),
    ]
    kinds = _kinds(_pdf(tmp_path / "paper.pdf", lines))
    assert kinds[lines[0][0]] == "paragraph" and kinds[lines[1][0]] == "paragraph", kinds
    assert kinds[lines[2][0]] == "caption" and kinds[lines[3][0]] == "caption", kinds
