"""A menu's name set large at the head of each of its pages ("La Terrazza" in 22 points over
its sections) is the title a reader sees over the page, no running head: it stays a heading on
every page. Control: a running head in the text's size or smaller, repeated in the top margin
("Maison Dupont - Catalogue 2026"), is still a header."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document


def _menu(path: Path, title_size: float) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for sections in (("Starters", "Mains"), ("Desserts", "Drinks")):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", title_size)
        pdf.text(230, 45, "La Terrazza")
        y = 100.0
        for section in sections:
            pdf.set_font("Helvetica", "B", 14)
            pdf.text(250, y, section)
            y += 30
            for n in range(4):
                pdf.set_font("Helvetica", "", 10)
                pdf.text(80, y, f"Roasted dish number {n + 1} with seasonal vegetables")
                pdf.text(470, y, f"{12 + n},50 EUR")
                y += 14
                pdf.set_font("Helvetica", "", 9)
                pdf.text(80, y, "slow cooked and served with bread from our own oven")
                y += 26
            y += 20
    pdf.output(str(path))
    return path


def _kinds(path: Path) -> list[str]:
    document = analyse_document(path)
    return [b.kind for page in document.pages for b in page.blocks if b.text == "La Terrazza"]


def test_a_title_set_large_over_each_page_stays_a_heading(tmp_path: Path) -> None:
    assert _kinds(_menu(tmp_path / "menu.pdf", 22)) == ["heading", "heading"]


def test_control_a_running_head_in_small_type_is_a_header(tmp_path: Path) -> None:
    assert _kinds(_menu(tmp_path / "small.pdf", 8)) == ["header", "header"]
