"""Type sized by the text matrix: a word processor's export may set every font at 1 point and
scale it with the matrix ("/F1 1 Tf 24 0 0 24 50 700 Tm"). Words take the size they are
printed at, so a heading set larger than its text is a heading. Control: the same page with
the size in the font (the usual way) reads the same."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import raw_pdf

from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.markdown import to_markdown

BODY = (
    "The terminal shall scan the document line by line at the resolution agreed",
    "between the two ends of the call, and shall code each line as set out below",
    "so that the receiving terminal can print the page at its own resolution.",
)


def _pdf(path: Path, scaled: bool) -> Path:
    def line(text: str, size: float, y: float) -> str:
        if scaled:
            return f"BT /F1 1 Tf {size} 0 0 {size} 50 {y} Tm ({text}) Tj ET"
        return f"BT /F1 {size} Tf 50 {y} Td ({text}) Tj ET"

    lines = [line("Coding scheme", 18, 740)]
    lines += [line(text, 10, 710 - 13 * n) for n, text in enumerate(BODY)]
    lines.append(line("Modulation and demodulation", 18, 640))
    lines += [line(text, 10, 610 - 13 * n) for n, text in enumerate(BODY)]
    stream = "\n".join(lines).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return raw_pdf(path, objects)


def _headings(pdf: Path) -> list[tuple[str, float]]:
    page = analyse_document(pdf).pages[0]
    return [(b.text, b.font_size) for b in page.blocks if b.kind == "heading"]


def test_type_scaled_by_the_matrix_takes_its_printed_size(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "scaled.pdf", scaled=True)
    assert _headings(pdf) == [("Coding scheme", 18.0), ("Modulation and demodulation", 18.0)]
    body = [b for b in analyse_document(pdf).pages[0].blocks if b.kind == "paragraph"]
    assert body and all(b.font_size == 10.0 for b in body), body
    assert "# Coding scheme" in to_markdown(analyse_document(pdf))


def test_type_sized_in_the_font_reads_the_same(tmp_path: Path) -> None:
    scaled = _headings(_pdf(tmp_path / "scaled.pdf", scaled=True))
    plain = _headings(_pdf(tmp_path / "plain.pdf", scaled=False))
    assert plain == scaled == [("Coding scheme", 18.0), ("Modulation and demodulation", 18.0)]
