"""A catalog's list, one product a row (its photo, its name set bold over a line of
description and its price), names entries, not sections: the names are printed bold, the
page's heading over the list stays its one heading. Controls: a menu's sections, each over
several priced dishes, and a glossary's terms, over no price, stay headings."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.markdown import to_markdown

NAMES = (
    "Generic Concrete Hat",
    "Ergonomic Wooden Towels",
    "Practical Frozen Pizza",
    "Awesome Rubber Mouse",
)


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(50, 70, "Our products")
    return pdf


def _list(path: Path, prices: int) -> Path:
    """Each name (bold, 12 pt) beside a photo, a line of description and `prices` prices."""
    pdf = _pdf()
    for index, name in enumerate(NAMES):
        y = 100 + index * 150
        pdf.set_fill_color(180, 160, 200)
        pdf.rect(50, y, 110, 80, style="F")
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(175, y + 12, name)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(175, y + 28, "Easy to look after every day, made to last")
        pdf.text(175, y + 40, f"Ref. BC-{9779 + index}   Size 56 x 84 cm")
        pdf.set_font("Helvetica", "B", 11)
        for n in range(prices):
            pdf.text(175, y + 58 + 14 * n, f"{40 + index + n},00 EUR")
    pdf.output(str(path))
    return path


def test_names_each_over_one_price_are_no_headings(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_list(tmp_path / "list.pdf", prices=1)))
    assert "# Our products" in markdown, markdown
    for name in NAMES:
        assert f"**{name}**" in markdown, markdown
        assert f"# {name}" not in markdown, markdown


def test_control_sections_over_several_priced_items_stay_headings(tmp_path: Path) -> None:
    pdf = _pdf()
    y = 100
    for section in ("Starters", "Mains", "Desserts"):
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(50, y, section)
        y += 24
        for n in range(3):
            pdf.set_font("Helvetica", "", 10)
            pdf.text(
                50, y, f"Dish number {n + 1} of the {section.lower()}, served warm: {12 + n},50 EUR"
            )
            y += 18
        y += 24
    pdf.output(str(tmp_path / "menu.pdf"))
    markdown = to_markdown(analyse_document(tmp_path / "menu.pdf"))
    for section in ("Starters", "Mains", "Desserts"):
        assert f"# {section}" in markdown, markdown


def test_control_terms_over_no_price_stay_headings(tmp_path: Path) -> None:
    markdown = to_markdown(analyse_document(_list(tmp_path / "terms.pdf", prices=0)))
    for name in NAMES:
        assert f"# {name}" in markdown, markdown
