"""What the catalog tests build pages from: a page of blocks, a table of rows, a small PDF."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document

ROW_HEIGHT = 14.0  # points a table row takes


def one_page(*blocks: Block) -> DocumentLayout:
    """A one-page document (600 × 800 pt) holding `blocks` in this order."""
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def table(rows: list[list[str]], top: float = 100.0) -> Block:
    """A table block across the page's text width, its first row at `top`."""
    return Block("table", (40.0, top, 555.0, top + ROW_HEIGHT * len(rows)), "", rows=rows)


def a4_pdf(*, windows_1252: bool = False) -> FPDF:
    """An empty A4 document in points that never breaks pages by itself; `windows_1252` sets
    the core fonts' encoding so "€" prints and extracts as itself."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    if windows_1252:
        pdf.core_fonts_encoding = "windows-1252"
    return pdf


def products_of_pdf(pdf: FPDF, tmp_path: Path) -> list[Product]:
    """The catalog engine's products of `pdf`, written to a file and read back with layout."""
    path = tmp_path / "document.pdf"
    pdf.output(str(path))
    return products_from_layout(analyse_document(path))


def raw_pdf(path: Path, objects: list[bytes]) -> Path:
    """Write a PDF of these objects (numbered from 1, the catalog first) with its cross-reference
    table, for pages fpdf2 cannot make (a font scaled by its text matrix, a symbol font)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path
