"""A line of measures alone under a product's name ("55 × 40 × 20 cm · 36 L · 2.4 kg": a
case's dimensions, volume and weight on one line) gives each of its measures as a size; a
line where the measures stand with other words gives none of them."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

_CASES = [
    ("Aero Underseat 45", "LG-4520", "45 × 36 × 20 cm · 28 L · 2.1 kg", "£99.00"),
    ("Aero Cabin 55", "LG-5520", "55 × 40 × 20 cm · 36 L · 2.4 kg", "£129.00"),
    ("Aero Medium 68", "LG-6826", "68 × 46 × 26 cm · 70 L · 3.5 kg", "£159.00"),
    ("Aero Large 78", "LG-7830", "78 × 52 × 30 cm · 105 L · 4.3 kg", "£189.00"),
]


def _range(pdf: FPDF, cases: list[tuple[str, str, str, str]]) -> None:
    """Cases side by side over a floor line, each with its name, code, measures and price
    centred under it."""
    pdf.add_page(orientation="L")
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 50, "VOYAGER")
    pdf.line(40, 330, 800, 330)
    for k, (name, code, measures, price) in enumerate(cases):
        middle = 130 + 190 * k
        pdf.rect(middle - 55, 330 - 120 - 25 * k, 110, 120 + 25 * k)  # the case, to scale
        for size, style, text, top in (
            (10, "B", name, 360),
            (7, "", f"Code {code}", 375),
            (7, "", measures, 387),
            (13, "B", price, 408),
        ):
            pdf.set_font("Helvetica", style, size)
            pdf.text(middle - pdf.get_string_width(text) / 2, top, text)


def test_a_line_of_measures_alone_gives_each_measure_as_a_size(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _range(pdf, _CASES)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.sizes) for p in products] == [
        (name, [code], measures.split(" · ")) for name, code, measures, _ in _CASES
    ]


def test_measures_among_other_words_are_no_sizes(tmp_path: Path) -> None:
    """Control: the same line with a word among its measures ("blue") is a description."""
    pdf = a4_pdf(windows_1252=True)
    _range(pdf, [(n, c, m.replace(" · ", " · blue · ", 1), p) for n, c, m, p in _CASES])
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, *_ in _CASES]
    assert all(not any("×" in s for s in p.sizes) for p in products)
