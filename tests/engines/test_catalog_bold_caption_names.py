"""A photo's caption that opens with a name set bold, over a description in regular type, is
named by the bold line even when the name runs long (a jeweller's "A silver and enamel brooch
in the form of a swallow"): the regular description under it names nothing, short as it may
be, and a description wrapped over two lines no longer loses the entry. Controls: names set
in regular type over a bold description keep their names, short bold names keep theirs, and
a bold sentence over regular copy (a shop's notice, not a name) names no entry."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

# (name, one-line description, two-line description, price)
PIECES = [
    (
        "An 18 carat white gold three-stone diamond ring",
        "Three round brilliant-cut diamonds, total 1.05 ct",
        "Round brilliant-cut diamonds of F colour and VS1 clarity, claw set on a tapered shank",
        "£7,250.00",
    ),
    (
        "A silver and enamel brooch in the form of a swallow",
        "Blue and green guilloche enamel, marcasite eye, C-clasp",
        "Blue and green guilloche enamel on sterling silver, a marcasite eye and a safety C-clasp",
        "£310.00",
    ),
    (
        "A lady's 9 carat gold cocktail watch on a mesh strap",
        "Manual wind, champagne dial, baton hands",
        "Manual wind movement, champagne dial with baton hands, the strap adjustable at the clasp",
        "£640.00",
    ),
    (
        "Platinum solitaire engagement ring",
        "A single oval diamond of 0.70 ct in a four-claw setting",
        "A single oval diamond of 0.70 ct held in a four-claw platinum setting, size N",
        "£4,950.00",
    ),
    (
        "A pair of 18 carat yellow gold sapphire and diamond cluster earrings",
        "Oval sapphires framed by round diamonds, post fittings",
        "Oval Ceylon sapphires framed by round brilliant-cut diamonds, post and butterfly fittings",
        "£2,180.00",
    ),
    (
        "Cultured pearl necklace with a gold clasp",
        "A single strand of Akoya pearls, 7 mm",
        "A single strand of graduated Akoya pearls of 7 mm, knotted on silk, a 9 carat gold clasp",
        "£895.00",
    ),
]


def _photo(shade: int) -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (120, 120), (shade, 180, 200)).save(out, "PNG")
    out.seek(0)
    return out


def _entry(
    pdf: FPDF,
    n: int,
    left: float,
    top: float,
    width: float,
    *,
    wrapped: bool,
    price_under: bool,
    under_photo: bool = False,
    name_style: str = "B",
    description_style: str = "",
) -> None:
    """One piece: its photo, its name (bold unless told), its description on one line or two,
    its reference, and its price right of the name or under the reference."""
    name, line, lines, price = PIECES[n]
    side = 120 if under_photo else 84
    pdf.image(_photo(40 * n), left, top, side, side)
    x, top = (left, top + side + 8) if under_photo else (left + side + 16, top)
    text_width = left + width - x
    pdf.set_font("Helvetica", name_style, 9.5)
    pdf.set_xy(x, top + 1)
    pdf.multi_cell(text_width - (0 if price_under else 70), 12, name, align="L")
    pdf.set_font("Helvetica", description_style, 8.5)
    pdf.set_xy(x, pdf.get_y() + 4)
    if wrapped:
        pdf.multi_cell(text_width - 10, 10, lines, align="L")
        y = pdf.get_y() + 2
    else:
        pdf.cell(0, 10, line)
        y = pdf.get_y() + 12
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(x, y)
    pdf.cell(0, 10, f"Ref. JW-{4101 + n}")
    pdf.set_font("Helvetica", "B", 10)
    if price_under:
        pdf.set_xy(x, y + 13)
        pdf.cell(60, 12, price)
    else:
        pdf.set_xy(left + width - 65, top + 1)
        pdf.cell(65, 12, price, align="R")


def _page(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_xy(50, 34)
    pdf.cell(0, 24, "Carrick & Sons")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(50, 88)
    pdf.cell(0, 16, "Fine jewellery and watches")


def _column(count: int, **style: object) -> FPDF:
    pdf = a4_pdf(windows_1252=True)
    _page(pdf)
    for n in range(count):
        _entry(pdf, n, 50, 150 + 110 * n, 495, **style)  # type: ignore[arg-type]
    return pdf


def _expected(count: int) -> tuple[list[str], list[list[str]], list[list[str]]]:
    return (
        [name for name, *_ in PIECES[:count]],
        [[f"JW-{4101 + n}"] for n in range(count)],
        [[price] for *_, price in PIECES[:count]],
    )


@pytest.mark.parametrize("count", [3, 4, 6])
@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "two-line"])
@pytest.mark.parametrize("price_under", [False, True], ids=["price-right", "price-under"])
def test_a_column_of_pieces_is_named_by_their_bold_names(
    count: int, wrapped: bool, price_under: bool, tmp_path: Path
) -> None:
    products = products_of_pdf(_column(count, wrapped=wrapped, price_under=price_under), tmp_path)
    names, codes, prices = _expected(count)
    assert [p.name for p in products] == names
    assert [p.codes for p in products] == codes
    assert [p.prices for p in products] == prices


@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "two-line"])
def test_a_grid_of_pieces_captioned_under_their_photos_is_named_by_their_bold_names(
    wrapped: bool, tmp_path: Path
) -> None:
    pdf = a4_pdf(windows_1252=True)
    _page(pdf)
    for n in range(4):
        left, top = 50 + 255 * (n % 2), 130 + 260 * (n // 2)
        _entry(pdf, n, left, top, 245, wrapped=wrapped, price_under=True, under_photo=True)
    products = products_of_pdf(pdf, tmp_path)
    names, codes, prices = _expected(4)
    assert [p.name for p in products] == names
    assert [p.codes for p in products] == codes
    assert [p.prices for p in products] == prices


def test_names_in_regular_type_over_a_bold_description_keep_their_names(
    tmp_path: Path,
) -> None:
    """Control: the weight is the other way round (a regular name, its description bold); the
    names are short enough to read as names, and the bold description does not take over."""
    pdf = a4_pdf(windows_1252=True)
    _page(pdf)
    short = [3, 5]  # the pieces with names of a plain name's length
    for row, n in enumerate(short):
        _entry(
            pdf,
            n,
            50,
            150 + 110 * row,
            495,
            wrapped=False,
            price_under=False,
            name_style="",
            description_style="B",
        )
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [PIECES[n][0] for n in short]
    assert [p.codes for p in products] == [[f"JW-{4101 + n}"] for n in short]


def test_a_bold_sentence_over_regular_copy_names_no_piece(tmp_path: Path) -> None:
    """Control: a bold line that ends as a sentence is a notice, not a name, however bold;
    the caption's first line that reads as a name still names the piece."""
    pdf = a4_pdf(windows_1252=True)
    _page(pdf)
    short = [0, 3, 5]  # the pieces with names of a plain name's length
    for row, n in enumerate(short):
        top = 150 + 110 * row
        pdf.image(_photo(40 * row), 50, top, 84, 84)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_xy(150, top + 1)
        pdf.cell(0, 12, "Each of these pieces is offered with a free valuation for insurance.")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_xy(150, top + 17)
        pdf.cell(0, 10, PIECES[n][0])
        pdf.set_xy(150, top + 29)
        pdf.cell(0, 10, f"Ref. JW-{4101 + n}")
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(470, top + 41)
        pdf.cell(75, 12, PIECES[n][3], align="R")
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [PIECES[n][0] for n in short]
