"""A web shop's order confirmation e-mail (the items bought, their prices, the subtotal), a
clothing label's size and fit guide (body measures by size, fit notes by style number, no
price) and a supplement's facts panel (what a serving holds) offer nothing; a catalog page that
promises dispatch and prices delivery, a clothing catalog printing a size chart beside its
priced styles, an unpriced lookbook whose size chart stands on another page and a food list
with a serving-size column keep their products."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, one_page, products_of_pdf, table
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

ITEMS = [
    ("Linen Duvet Cover Set, King", "Colour: Sage  Qty 1", "£95.00"),
    ("Waffle Bath Towel", "Colour: Oat  Qty 2", "£44.00"),
    ("Stoneware Table Lamp", "Shade: Natural linen  Qty 1", "£68.00"),
    ("Wool Throw, Herringbone", "Colour: Charcoal  Qty 1", "£54.00"),
]


def _item_cards(pdf: FPDF, top: float) -> float:
    """Item lines as a web shop sets them: a thumbnail, the name in bold, a detail line under
    it, the price at the right."""
    for name, detail, price in ITEMS:
        pdf.set_fill_color(200, 200, 200)
        pdf.rect(110, top, 54, 54, style="F")
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(176, top + 12, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(176, top + 27, detail)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(457, top + 12, price)
        top += 64
    return top


def _order_mail() -> FPDF:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(110, 150, "Thanks for your order, Sarah!")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.text(110, 172, "We will e-mail you again when it leaves our warehouse.")
    pdf.text(110, 184, "Order number FB-118204 · placed 14 January 2027")
    top = _item_cards(pdf, 202) + 10
    for label, amount in [("Subtotal", "£261.00"), ("Delivery", "£4.95"), ("Total", "£265.95")]:
        pdf.text(300, top, label)
        pdf.text(457, top, amount)
        top += 14
    return pdf


def test_an_order_confirmation_mail_offers_nothing(tmp_path: Path) -> None:
    assert products_of_pdf(_order_mail(), tmp_path) == []


def test_a_catalog_page_promising_dispatch_and_pricing_delivery_keeps_its_products(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(110, 150, "Bed & bath: new in")
    top = _item_cards(pdf, 202) + 10
    pdf.set_font("Helvetica", "", 8)
    pdf.text(110, top, "Order online: your order is dispatched within 24 hours.")
    pdf.text(110, top + 12, "Delivery £4.95, free on orders over £50. Total satisfaction, 30 days.")
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == [name for name, _, _ in ITEMS]


# --- a size and fit guide -------------------------------------------------------------------

BODY = [
    ["UK size", "Bust cm", "Waist cm", "Hip cm"],
    ["8", "82", "64", "90"],
    ["10", "86", "68", "94"],
    ["12", "91", "73", "99"],
    ["14", "96", "78", "104"],
]
STYLES = [
    ["Style no.", "Style", "Fit", "Model wears", "Notes"],
    ["24-1187", "Linen overshirt", "Relaxed", "UK 10", "Size down for a closer fit."],
    ["24-1203", "Wide-leg trousers", "Regular", "UK 10", "High rise."],
    ["24-1231", "Merino crew jumper", "Regular", "UK 10", "True to size."],
    ["24-1250", "Cotton shirt dress", "Relaxed", "UK 12", "Belt included."],
]


def _header(text: str) -> Block:
    return Block("header", (400, 40, 560, 52), text, font_size=9.0, lines=[text])


def _heading(text: str, top: float) -> Block:
    return Block("heading", (40, top, 300, top + 14), text, font_size=11.0, lines=[text])


def _page(number: int, *blocks: Block) -> PageLayout:
    page = PageLayout(number, 600, 800)
    page.blocks = list(blocks)
    return page


def _names(document: DocumentLayout) -> list[str]:
    return [p.name for p in products_from_layout(document)]


def test_a_size_and_fit_guide_offers_nothing() -> None:
    document = DocumentLayout(
        [
            _page(1, _header("Size & fit guide"), _heading("Body measurements", 80), table(BODY)),
            _page(2, _header("Size & fit guide"), _heading("Fit by style", 80), table(STYLES)),
        ]
    )
    assert _names(document) == []


def test_a_catalog_page_with_a_size_chart_beside_its_priced_styles_keeps_them() -> None:
    priced = [[*row[:2], "Price"] for row in STYLES[:1]]
    priced += [[*row[:2], f"£{49 + 10 * n}.00"] for n, row in enumerate(STYLES[1:])]
    document = DocumentLayout(
        [
            _page(
                1,
                _header("Size guide"),
                _heading("Womenswear", 80),
                table(priced),
                table(BODY, 300),
            )
        ]
    )
    assert _names(document) == [row[1] for row in STYLES[1:]]


def test_an_unpriced_lookbook_with_a_size_chart_elsewhere_keeps_its_styles() -> None:
    document = DocumentLayout(
        [
            _page(1, _header("Autumn lookbook"), _heading("Fit by style", 80), table(STYLES)),
            _page(2, _header("Size guide"), _heading("Body measurements", 80), table(BODY)),
        ]
    )
    assert _names(document) == [row[1] for row in STYLES[1:]]


# --- a supplement facts panel ---------------------------------------------------------------


def test_a_scans_table_running_a_supplement_facts_panel_into_its_card_offers_no_nutrient() -> None:
    # OCR ran the card's name, its panel and its price into one table
    rows = [
        ["Vitamin D3 2000 IU", "Supplement Facts", "", ""],
        ["", "Serving Size 1 Softgel", "", "$11.99"],
        ["120 softgels · Item #GL-3012", "Servings Per Container 120", "", ""],
        ["", "Amount Per Serving", "% Daily Value", ""],
        ["", "Vitamin D3 (as cholecalciferol)", "50 mcg 250%", "$9.59"],
    ]
    names = _names(one_page(_heading("Winter wellness", 40), table(rows)))
    assert not any("Serving" in n or "(as " in n for n in names)


def test_a_food_list_with_a_serving_size_column_keeps_its_products() -> None:
    rows = [
        ["Product", "Code", "Serving size", "Price"],
        ["Rolled oats 1 kg", "GR-101", "40 g", "$3.49"],
        ["Granola, honey 500 g", "GR-114", "45 g", "$4.99"],
        ["Muesli, no added sugar 750 g", "GR-120", "45 g", "$5.29"],
        ["Oat bran 500 g", "GR-131", "30 g", "$2.79"],
    ]
    names = _names(one_page(_heading("Breakfast cereals", 40), table(rows)))
    assert names == [r[0] for r in rows[1:]]
