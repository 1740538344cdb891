"""The sizes a product comes in, labelled under its photo outside its caption: a bike's spec
sheet under the photo ("Frame sizes: | 49, 52, 54, 56, 58 cm" among "Frame: | …", "Weight: |
13.9 kg"), or a selector line of chips ("Size:" then "4 lb", "12 lb", "24 lb", then a note
"price shown for 4 lb"). The value as printed, or each chip up to the note. Controls: a spec
sheet without a sizes label gives no size (a "Weight:" is no size sold), and a chip line
labelled otherwise ("Flavor:") gives none."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block


def _text(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, bold=kind == "heading", lines=text.split("\n"))


def _bike(top: float, name: str, code: str, sizes_key: str) -> list[Block]:
    spec = [
        ["Frame:", "Aluminium hardtail", "Fork:", "RockShox Recon, 130 mm"],
        ["Weight:", "13.9 kg (size L)", sizes_key, "49, 52, 54, 56, 58 cm"],
    ]
    return [
        Block("figure", (36, top, 336, top + 170), "", image_index=0),
        _text("heading", (352, top + 4, 555, top + 24), name, 17),
        _text("paragraph", (352, top + 28, 420, top + 38), f"Art. {code}", 8),
        _text("paragraph", (352, top + 53, 450, top + 79), "£2,349.00", 22),
        _text("caption", (36, top + 179, 92, top + 190), "Specification", 9),
        Block("table", (36, top + 200, 455, top + 226), "", rows=spec),
    ]


def test_a_spec_sheet_s_sizes_under_the_photo_are_the_product_s() -> None:
    page = one_page(*_bike(76, "Vento SL Disc 105", "27-1147", "Frame sizes:"))
    products = products_from_layout(page)
    assert [(p.name, p.sizes) for p in products] == [
        ("Vento SL Disc 105", ["49, 52, 54, 56, 58 cm"])
    ]


def test_a_spec_sheet_without_a_sizes_label_gives_no_size() -> None:
    products = products_from_layout(one_page(*_bike(76, "Vento SL Disc 105", "27-1147", "Gears:")))
    assert [(p.name, p.sizes) for p in products] == [("Vento SL Disc 105", [])]


def _box(label: str) -> list[Block]:
    return [
        Block("figure", (44, 108, 140, 192), "", image_index=0),
        _text("heading", (150, 111, 280, 137), "Harvest Adult Dog Food", 11),
        _text("paragraph", (150, 141, 252, 151), "SKU PS-40611", 7.5),
        _text("paragraph", (150, 155, 200, 165), "$18.99", 9),
        _text("paragraph", (46, 223, 64, 232), label, 7.5),
        _text("paragraph", (94, 223, 106, 232), "4 lb", 7.5),
        _text("paragraph", (117, 223, 133, 232), "12 lb", 7.5),
        _text("paragraph", (144, 223, 161, 232), "24 lb", 7.5),
        _text("paragraph", (172, 224, 228, 231), "price shown for 4 lb", 6.5),
    ]


def test_a_selector_s_size_chips_are_the_product_s_sizes() -> None:
    products = products_from_layout(one_page(*_box("Size:")))
    assert [(p.name, p.sizes) for p in products] == [
        ("Harvest Adult Dog Food", ["4 lb", "12 lb", "24 lb"])
    ]


def test_chips_labelled_otherwise_give_no_size() -> None:
    products = products_from_layout(one_page(*_box("Flavor:")))
    assert [(p.name, p.sizes) for p in products] == [("Harvest Adult Dog Food", [])]
