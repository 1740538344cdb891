"""A plant list's price columns, one a pot size, titled only by a title over them all (the pot
sizes printed turned, which the upright text layer leaves out; a dash where a size is not
sold): each plant one product, its prices in printed order. The same figures without that
title, or filling every column (a price index by region), offer nothing."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

PLANTS = [
    ["Hosta 'June' - hosta", "H5", "30-40 cm", "89", "139", "-", "-"],
    ["Geranium 'Rozanne' - cranesbill", "H4", "40-50 cm", "79", "129", "159", "-"],
    ["Alchemilla mollis - lady's mantle", "H7", "30-40 cm", "59", "-", "-", "-"],
    ["Buxus sempervirens - box", "H4", "25-30 cm", "-", "99", "149", "269"],
]


def _heading(text: str, left: float, top: float) -> Block:
    return Block(
        "heading", (left, top, left + 6 * len(text), top + 10), text, font_size=9.0, lines=[text]
    )


def _list(title: str, rows: list[list[str]]) -> list[Block]:
    return [
        _heading("Greenwood Garden Centre", 40, 40),
        _heading(title, 330, 73),
        _heading("Plant", 40, 125),
        _heading("Zone Height", 250, 125),
        Block("table", (44, 158, 540, 158 + 14 * len(rows)), "", rows=rows),
    ]


def test_prices_titled_by_a_title_over_their_columns_are_one_product_a_plant() -> None:
    products = products_from_layout(one_page(*_list("Price per pot size", PLANTS)))
    assert [(p.name, p.prices) for p in products] == [
        ("Hosta 'June' - hosta", ["89", "139"]),
        ("Geranium 'Rozanne' - cranesbill", ["79", "129", "159"]),
        ("Alchemilla mollis - lady's mantle", ["59"]),
        ("Buxus sempervirens - box", ["99", "149", "269"]),
    ]


def test_the_same_figures_under_another_title_offer_nothing() -> None:
    assert products_from_layout(one_page(*_list("Plants by hardiness", PLANTS))) == []


def test_a_price_index_filling_every_column_offers_nothing() -> None:
    rows = [
        ["Food and drink", "A", "2024", "102", "104", "107", "109"],
        ["Housing and energy", "B", "2024", "111", "115", "118", "121"],
        ["Transport", "C", "2024", "99", "101", "103", "104"],
        ["Clothing and footwear", "D", "2024", "97", "98", "98", "99"],
    ]
    assert products_from_layout(one_page(*_list("Price index by quarter", rows))) == []


def test_a_scan_s_plant_list_its_dashes_misread_is_read_the_same() -> None:
    # OCR sets the title as a paragraph, reads thin dashes as "=", "~", "&" or a lone letter
    # and the turned pot sizes as marks over the columns
    misread = [
        ["Hosta 'June' - hosta", "H5", "30-40 cm", "89", "139", "=", "-"],
        ["Geranium 'Rozanne' - cranesbill", "H4", "40-50 cm", "79", "129", "159", "o"],
        ["Alchemilla mollis - lady's mantle", "H7", "30-40 cm", "59", "~", "&", "="],
        ["Buxus sempervirens - box", "H4", "25-30 cm", "=", "99", "149", "269"],
    ]
    document = one_page(*_list("Price per pot size", misread))
    page = document.pages[0]
    page.source = "ocr"
    title = page.blocks[1]
    page.blocks[1] = Block("paragraph", title.bbox, title.text, font_size=9.0, lines=title.lines)
    page.blocks[3:3] = [_heading(mark, 340 + 38 * n, 120) for n, mark in enumerate("E~=")]
    products = products_from_layout(document)
    assert [(p.name, p.prices) for p in products] == [
        ("Hosta 'June' - hosta", ["89", "139"]),
        ("Geranium 'Rozanne' - cranesbill", ["79", "129", "159"]),
        ("Alchemilla mollis - lady's mantle", ["59"]),
        ("Buxus sempervirens - box", ["99", "149", "269"]),
    ]
