"""A scanned product list: OCR lines up a row's rating, spec table, SKU and price into one
borderless table under the product's name; under a title, in its column, they are the
entry's details. Tables under headings of a text page, or of a scanned report, stay tables."""

from __future__ import annotations

from typing import Literal

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _document(blocks: list[Block], source: Literal["text", "ocr"] = "ocr") -> DocumentLayout:
    page = PageLayout(1, 612, 792, source=source)
    page.blocks = blocks
    return DocumentLayout([page])


def _row(top: float, name: str, kind: str, specs: list[list[str]], sku: str, price: str):
    rows = [["kK", "4.1 (322 reviews)", ""]]
    rows += [[*spec, price if n == 0 else ""] for n, spec in enumerate(specs)]
    rows.append([f"SKU {sku}", "", ""])
    return [
        Block("figure", (36, top, 158, top + 118), "", image_index=int(top)),
        Block("heading", (169, top + 5, 260, top + 21), name, font_size=14.0, lines=[name]),
        Block("paragraph", (168, top + 22, 217, top + 32), kind, font_size=8.8, lines=[kind]),
        Block(
            "table",
            (168, top + 36, 560, top + 114),
            "\n".join(" | ".join(r) for r in rows),
            rows=rows,
            ruled=False,
        ),
    ]


def _rows() -> list[Block]:
    specs = [["Display", '6.1" OLED'], ["Storage", "128 GB"], ["Camera", "48 MP"]]
    return [
        *_row(200, "Nova X5", "Smartphone", specs, "823-619", "$689.99"),
        *_row(340, "Pulse Buds 3", "Earbuds", specs, "234-810", "$157.49"),
        *_row(480, "Terra Fold 2", "Foldable", specs, "509-660", "$983.99"),
    ]


def test_a_scanned_list_row_s_details_read_as_one_table_belong_to_its_name() -> None:
    products = products_from_layout(_document(_rows()))
    assert [(p.name, p.codes) for p in products] == [
        ("Nova X5", ["823-619"]),
        ("Pulse Buds 3", ["234-810"]),
        ("Terra Fold 2", ["509-660"]),
    ]
    assert products[0].prices[0] == "$689.99"


def test_the_same_rows_with_a_text_layer_keep_their_tables_apart() -> None:
    """A text layer's table is one (its rules or its alignment are exact): not an entry's
    detail lines, so names over tables of specs without codes give no entries."""
    blocks = _rows()
    for block in blocks:
        if block.kind == "table":
            block.text = block.text.replace("SKU", "Model year")
            block.rows = [[c.replace("SKU", "Model year") for c in r] for r in block.rows or []]
    assert products_from_layout(_document(blocks, source="text")) == []


def test_a_scanned_report_s_headings_over_figure_tables_are_no_entries() -> None:
    """A scanned annual report: section headings, each over a borderless table of figures
    with amounts. No code, no price standing for an article: no entries."""
    blocks = []
    for n, title in enumerate(("Revenue by region", "Costs by function", "Headcount")):
        top = 100 + 200 * n
        rows = [["Region", "2025", "2026"], ["North", "1,204", "1,310"], ["South", "980", "1,022"]]
        blocks += [
            Block("heading", (60, top, 300, top + 18), title, font_size=14.0, lines=[title]),
            Block(
                "paragraph",
                (60, top + 22, 400, top + 32),
                "In thousands of euros",
                font_size=9.0,
                lines=["In thousands of euros"],
            ),
            Block(
                "table",
                (60, top + 40, 400, top + 100),
                "\n".join(" | ".join(r) for r in rows),
                rows=rows,
                ruled=False,
            ),
        ]
    assert products_from_layout(_document(blocks)) == []
