"""A social feed printed from a browser heads every post's caption with the account's handle
in bold ("lark.and.linden"), then the post's text ("New in: Waxed Cotton Jacket", its price and
SKU): the handle is the seller's, the same over every post, and names no product; the post's
lead-in ("New in:") introduces the name. Controls: a grid whose captions each open with their
own name keeps those names, and a handle over only two posts is left as it was read."""

from __future__ import annotations

import io
from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog.bylines import is_handle

POSTS = [
    ("Waxed Cotton Jacket", "£120.00", "LL-3011"),
    ("Fisherman Rib Jumper", "£86.00", "LL-2240"),
    ("Corduroy Bucket Hat", "£26.00", "LL-4102"),
    ("Canvas Market Basket", "£38.00", "LL-4415"),
    ("Brushed Flannel Shirt", "£54.00", "LL-1190"),
    ("Wool Blend Scarf", "£32.00", "LL-4520"),
]


def _photo(shade: int) -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (120, 120), (shade, 160, 190)).save(out, "PNG")
    out.seek(0)
    return out


def _feed(posts: list[tuple[str, str, str]], *, handle: bool = True) -> FPDF:
    pdf = a4_pdf()
    pdf.add_page()
    side, gap = 150.0, 30.0
    for k, (name, price, sku) in enumerate(posts):
        x = 40 + (k % 3) * (side + gap)
        y = 60 + (k // 3) * (side + 90)
        pdf.image(_photo(60 + 25 * k), x=x, y=y, w=side, h=side)
        ty = y + side + 12
        pdf.set_font("Helvetica", "B", 7.5)
        if handle:
            pdf.text(x, ty, "lark.and.linden")
            ty += 11
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(x, ty, "New in:")
            pdf.set_font("Helvetica", "B", 7.5)
            pdf.text(x + 28, ty, name)
        else:
            pdf.text(x, ty, name)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(x, ty + 10, f"{price} · SKU {sku} · tap to shop")
        pdf.text(x, ty + 20, "#autumn #slowfashion")
        pdf.text(x, ty + 31, f"{120 + 7 * k} likes · {k + 2} days ago")
    return pdf


def test_a_handle_over_every_post_names_no_product(tmp_path: Path) -> None:
    products = products_of_pdf(_feed(POSTS), tmp_path)
    assert sorted(p.name for p in products) == sorted(name for name, _, _ in POSTS)
    by_name = {p.name: p for p in products}
    assert by_name["Waxed Cotton Jacket"].codes == ["LL-3011"]
    assert by_name["Waxed Cotton Jacket"].prices == ["£120.00"]


def test_captions_opening_with_their_own_names_keep_them(tmp_path: Path) -> None:
    products = products_of_pdf(_feed(POSTS, handle=False), tmp_path)
    assert sorted(p.name for p in products) == sorted(name for name, _, _ in POSTS)


def test_a_handle_over_two_posts_is_no_byline(tmp_path: Path) -> None:
    products = products_of_pdf(_feed(POSTS[:2]), tmp_path)
    assert all(p.name != "Waxed Cotton Jacket" for p in products)


def test_handle_shapes() -> None:
    assert is_handle("wren.and.willow")
    assert is_handle("@wrenandwillow")
    assert is_handle("the_linen_shop")
    assert not is_handle("Wren & Willow")
    assert not is_handle("Linen")
    assert not is_handle("3.5")
