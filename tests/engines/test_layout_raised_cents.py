"""A flyer's price: the whole amount large, the cents small and raised at its top right, the
currency sign beside them ("7" then "€94"), reads as one price ("7,94 €"). Controls: two
numbers of one size side by side, and small figures set low beside a large one (a subscript),
stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf

from pdfqueue.engines.layout import analyse_document


def _texts(pdf, tmp_path: Path) -> list[str]:
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    return [b.text for page in analyse_document(path).pages for b in page.blocks]


@pytest.mark.parametrize(
    ("whole", "cents", "price"),
    [("7", "€94", "7,94 €"), ("12", "99€", "12,99 €"), ("£1", "45", "£1.45"), ("3", "49", "3.49")],
)
def test_raised_cents_beside_a_large_amount_make_one_price(
    tmp_path: Path, whole: str, cents: str, price: str
) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.text(60, 200, "Chocolat noir 70 %")
    pdf.set_font("Helvetica", "B", 44)
    pdf.text(80, 270, whole)
    after = 82 + pdf.get_string_width(whole)
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(after, 248, cents)
    assert price in _texts(pdf, tmp_path)


def test_numbers_of_one_size_or_set_low_stay_apart(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(80, 100, "7")
    pdf.text(80 + pdf.get_string_width("7 "), 100, "94")  # one size: two numbers
    pdf.set_font("Helvetica", "B", 44)
    pdf.text(80, 300, "3")
    pdf.set_font("Helvetica", "", 12)
    pdf.text(82 + 25, 302, "12")  # small and low: a subscript, no cents
    texts = " ".join(_texts(pdf, tmp_path))
    assert "7,94" not in texts and "7.94" not in texts
    assert "3.12" not in texts and "3,12" not in texts
