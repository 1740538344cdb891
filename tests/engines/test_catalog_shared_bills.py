"""A bill shared out among the people at a table offers nothing: its lines are what they ate and
drank, marked by who had each, added up to the food's sum, carried on by the service to the
total, then shared per person. It is known by its arithmetic, as any bill is (`bills`), whatever
its title: the summary under its table may be set in two columns (the labels in one, their
amounts beside them), and a line may cost what the lines above it did together (a shared
bottle after three starters) without being a sum. A price list keeps its products: its prices
add up to nothing printed under them, and a line that costs what those above it do is a line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from catalog_blocks import a4_pdf, one_page, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.bills import presents_a_tally
from pdfqueue.engines.layout import Block

# (item, price, who had it): the people by their initials
LINES = (
    ("Garlic flatbread", 4.80, "JM RK TS"),
    ("Calamari, lemon aioli", 9.20, "JM RK"),
    ("Pea and mint soup", 6.50, "TS"),
    ("Lamb shoulder, salsa verde", 22.00, "JM"),
    ("Gnocchi, brown butter, sage", 16.50, "RK"),
    ("Sea bream, fennel", 19.50, "TS"),
    ("Carafe of house white", 17.00, "JM RK TS"),
    ("Lemon tart", 7.50, "RK"),
)
PEOPLE = ("JM", "RK", "TS")
SERVICE = 0.10


def _bill(lines: tuple[tuple[str, float, str], ...]) -> FPDF:
    """A shared bill: its table of lines with a mark under each person who had one and the
    share of each, the food's sum, the service and the total under it, then each one's
    share."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "The Anchor Bistro")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 64, "Table 7 - 3 guests - Sat 12 June 2027 20:40")
    pdf.set_font("Helvetica", "B", 8)
    y = 100
    pdf.text(42, y, "Item")
    pdf.text(270, y, "Price")
    for n, person in enumerate(PEOPLE):
        pdf.text(330 + n * 50, y, person)
    pdf.text(500, y, "Share")
    pdf.set_font("Helvetica", "", 8)
    shares = dict.fromkeys(PEOPLE, 0.0)
    for item, price, who in lines:
        y += 16
        pdf.line(40, y - 12, 555, y - 12)
        people = who.split()
        pdf.text(42, y, item)
        pdf.text(270, y, f"{price:.2f}")
        for n, person in enumerate(PEOPLE):
            if person in people:
                pdf.text(333 + n * 50, y, "x")
                shares[person] += price / len(people)
        pdf.text(500, y, f"{price / len(people):.2f}")
    pdf.line(40, y + 4, 555, y + 4)
    food = round(sum(price for _, price, _ in lines), 2)
    service = round(food * SERVICE, 2)
    summary = (
        ("Food and drink", food),
        ("Optional service 10%", service),
        ("Total", food + service),
    )
    y += 30
    for label, amount in summary:
        pdf.text(150, y, f"{label} {amount:.2f}")
        y += 13
    y += 20
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "Each guest pays")
    y += 20
    for n, person in enumerate(PEOPLE):
        x = 40 + n * 150
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(x, y, f"Guest {person}")
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x, y + 13, f"items {shares[person]:.2f} + service {shares[person] * SERVICE:.2f}")
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(x, y + 30, f"£{shares[person] * (1 + SERVICE):.2f}")
    return pdf


# each guest's name, what their share is made of, and what they pay, stacked
GUESTS = (
    ("Guest JM", "items 33.87 + service 3.39", "£37.26"),
    ("Guest RK", "items 35.87 + service 3.59", "£39.46"),
    ("Guest TS", "items 33.27 + service 3.33", "£36.60"),
)
# each block's top and bottom under the table, its right edge, its type size and weight
STACK = ((90.0, 101.0, 90.0, 9.0, True), (105.0, 115.0, 180.0, 8.0, False))
STACK += ((121.0, 136.0, 85.0, 12.0, True),)


def _bill_blocks(lines: tuple[tuple[str, float, str], ...]) -> list[Block]:
    """The same bill as read into blocks: its table, then its summary's labels in one block
    and their amounts in another beside it, then each one's share."""
    rows = [["Item", "Price", *PEOPLE, "Share"]]
    for item, price, who in lines:
        marks = ["x" if person in who.split() else "" for person in PEOPLE]
        rows.append([item, f"{price:.2f}", *marks, f"{price / len(who.split()):.2f}"])
    food = round(sum(price for _, price, _ in lines), 2)
    service = round(food * SERVICE, 2)
    labels = ["Food and drink", "Optional service 10%", "Total"]
    amounts = [f"{food:.2f}", f"{service:.2f}", f"{food + service:.2f}"]
    bottom = 100.0 + 16.0 * len(rows)
    summary = (bottom + 16.0, bottom + 56.0)
    return [
        Block("heading", (40.0, 40.0, 200.0, 56.0), "The Anchor Bistro"),
        Block("table", (42.0, 100.0, 553.0, bottom), "", rows=rows),
        Block("paragraph", (150.0, summary[0], 240.0, summary[1]), " ".join(labels), lines=labels),
        Block(
            "paragraph", (262.0, summary[0], 290.0, summary[1]), " ".join(amounts), lines=amounts
        ),
        Block("heading", (40.0, bottom + 70.0, 140.0, bottom + 82.0), "Each guest pays"),
        *(
            Block(
                "paragraph",
                (40.0 + n * 150, bottom + top, right + n * 150, bottom + low),
                text,
                font_size=size,
                bold=bold,
                lines=[text],
            )
            for n, guest in enumerate(GUESTS)
            for text, (top, low, right, size, bold) in zip(guest, STACK, strict=True)
        ),
    ]


def test_a_shared_bill_summed_in_two_columns_is_a_bill(tmp_path: Path) -> None:
    # the food's sum, the service and the total set as labels beside a column of amounts: the
    # lines add up to the food's sum, which the service carries on to the total
    page = one_page(*_bill_blocks(LINES))
    assert presents_a_tally(page.pages[0])
    assert products_from_layout(page) == []
    # and the same printed with the summary on one line each
    assert products_of_pdf(_bill(LINES), tmp_path) == []


def test_a_shared_bill_whose_line_costs_what_those_above_did_is_a_bill(tmp_path: Path) -> None:
    # the carafe (17.00) costs what the flatbread, the calamari and the soup did together;
    # fewer people had it than had the first line: it is a line, not a sum
    shared = (*LINES[:3], ("Carafe of house red", 20.50, "JM RK"), *LINES[3:])
    assert products_of_pdf(_bill(shared), tmp_path) == []


def _price_list(rows: tuple[tuple[str, str, str, str], ...], under: tuple[str, ...]) -> FPDF:
    """A price list (name, code, a note only some rows have, price) with lines under it."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "Harbour Kitchen Supplies - price list")
    pdf.set_font("Helvetica", "B", 8)
    y = 100
    for x, title in ((42, "Article"), (240, "Code"), (330, "Note"), (480, "Price")):
        pdf.text(x, y, title)
    pdf.set_font("Helvetica", "", 8)
    for name, code, note, price in rows:
        y += 16
        pdf.line(40, y - 12, 555, y - 12)
        for x, cell in ((42, name), (240, code), (330, note), (480, price)):
            pdf.text(x, y, cell)
    pdf.line(40, y + 4, 555, y + 4)
    y += 30
    for line in under:
        pdf.text(150, y, line)
        y += 13
    return pdf


ROWS = (
    ("Chef's knife 20 cm", "CK-200", "new", "£ 24.00"),
    ("Paring knife 9 cm", "PK-090", "new", "£ 11.00"),
    ("Bread knife 22 cm", "BK-220", "new", "£ 19.50"),
    ("Knife block, oak", "KB-010", "", "£ 54.50"),
    ("Honing steel 25 cm", "HS-250", "", "£ 14.00"),
)


def test_a_price_list_whose_line_costs_what_those_above_do_keeps_its_products(
    tmp_path: Path,
) -> None:
    # the block costs what the three knives do, in a row with fewer cells filled
    names = [r[0] for r in ROWS]
    products = products_of_pdf(_price_list(ROWS, ("Delivery free over £ 50.00",)), tmp_path)
    assert [p.name for p in products] == names
    # with its terms set in two columns under it, the labels beside their amounts
    pdf = _price_list(ROWS, ())
    pdf.text(150, 220, "Minimum order")
    pdf.text(280, 220, "£ 25.00")
    pdf.text(150, 233, "Delivery")
    pdf.text(280, 233, "£ 4.95")
    assert [p.name for p in products_of_pdf(pdf, tmp_path)] == names


def test_a_price_list_with_its_terms_in_two_columns_keeps_its_products() -> None:
    # a price list's terms set as labels beside a column of amounts: nothing adds its prices up
    rows = [["Article", "Code", "Price"], *([r[0], r[1], r[3]] for r in ROWS)]
    bottom = 100.0 + 16.0 * len(rows)
    labels = ["Minimum order", "Delivery", "Free delivery over"]
    amounts = ["£ 25.00", "£ 4.95", "£ 122.50"]
    page = one_page(
        Block("table", (42.0, 100.0, 553.0, bottom), "", rows=rows),
        Block(
            "paragraph", (150.0, bottom + 16, 240.0, bottom + 56), " ".join(labels), lines=labels
        ),
        Block(
            "paragraph", (262.0, bottom + 16, 290.0, bottom + 56), " ".join(amounts), lines=amounts
        ),
    )
    assert [p.name for p in products_from_layout(page)] == [r[0] for r in ROWS]


def test_a_bill_split_by_name_is_a_bill_without_a_service_charge() -> None:
    # no service carries the food's sum on: the bill says it is split, and totals its lines
    blocks = _bill_blocks(LINES)
    labels = ["Total"]
    amounts = [f"{sum(price for _, price, _ in LINES):.2f}"]
    blocks[2] = replace(blocks[2], text="Total", lines=labels)
    blocks[3] = replace(blocks[3], text=amounts[0], lines=amounts)
    blocks[0] = replace(blocks[0], text="Bill split - table 7")
    assert products_from_layout(one_page(*blocks)) == []
    # a menu that offers to split the bill totals nothing: its dishes are its products
    menu = [["Dish", "Price"], *([item, f"£{price:.2f}"] for item, price, _ in LINES)]
    note = "Happy to split the bill for groups of up to eight."
    page = one_page(
        Block("heading", (40.0, 40.0, 200.0, 56.0), "The Anchor Bistro - evening menu"),
        Block("table", (42.0, 100.0, 553.0, 100.0 + 16.0 * len(menu)), "", rows=menu),
        Block("paragraph", (40.0, 280.0, 400.0, 292.0), note, lines=[note]),
    )
    assert [p.name for p in products_from_layout(page)] == [item for item, _, _ in LINES]
