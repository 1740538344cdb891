"""Several items a page, each a title over its own key/value table: a guide's entries, a
brochure's data sheets. And the look-alikes that are no catalog: a chapter heading over
prose, a report's section headings over tables of figures, an invoice's header over its
lines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def _title(pdf: FPDF, top: float, text: str, size: float = 16, left: float = 50) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.text(left, top + size, text)


def _rows(pdf: FPDF, top: float, rows: list[tuple[str, str]], left: float = 50) -> float:
    """A borderless table of two columns, its keys bold: the bottom of its last row."""
    for n, (key, value) in enumerate(rows):
        y = top + 18 * n + 10
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(left, y, key)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(left + 130, y, value)
    return top + 18 * len(rows)


def _paragraph(pdf: FPDF, top: float, text: str, size: float = 10) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.set_xy(50, top)
    pdf.multi_cell(480, size * 1.4, text)


def _photo(pdf: FPDF, top: float, colour: tuple[int, int, int]) -> None:
    pdf.image(Image.new("RGB", (180, 140), colour), x=370, y=top, w=170, h=130)


def _products(pdf: FPDF, tmp_path: Path) -> list:
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    return products_from_layout(analyse_document(path))


PROSE = (
    "He walked down to the river in the morning and sat on the bank for a long while, "
    "watching the water carry the leaves away, thinking of nothing in particular at all."
)


def test_a_guide_page_of_two_numbered_entries_each_over_its_properties_is_two_products(
    tmp_path: Path,
) -> None:
    pdf = _pdf()
    stones = [
        ("3. Kecubung (Amethyst)", "Ungu muda", "Brasil, Zambia", "2,65", "Rp 250.000"),
        ("4. Opal Kalimaya (Banten Opal)", "Putih berkilau", "Banten", "2,1", "Rp 75.000"),
    ]
    for n, (name, colour, origin, density, price) in enumerate(stones):
        top = 60 + 380 * n
        _title(pdf, top, name)
        rows = [
            ("Kekerasan (Mohs)", "7"),
            ("Warna", colour),
            ("Asal", origin),
            ("Berat jenis", density),
            ("Harga per karat", price),
        ]
        bottom = _rows(pdf, top + 35, rows)
        _photo(pdf, top + 30, (180, 60 + 80 * n, 90))
        _paragraph(pdf, bottom + 60, PROSE)
    products = _products(pdf, tmp_path)
    assert [p.name for p in products] == ["Kecubung (Amethyst)", "Opal Kalimaya (Banten Opal)"]
    assert [p.prices for p in products] == [["Rp 250.000"], ["Rp 75.000"]]
    assert products[0].attributes["Warna"] == "Ungu muda"
    assert products[1].attributes["other names"] == "Banten Opal"
    assert all(len(p.figure_boxes) == 1 for p in products)
    assert products[0].figure_boxes != products[1].figure_boxes


def test_three_data_sheets_on_a_page_are_three_products_with_their_codes_and_prices(
    tmp_path: Path,
) -> None:
    pdf = _pdf()
    items = [
        ("Manhole Chamber Ring DN 1200", "SBP-387-66", "1,150 kg", "£47.00"),
        ("Cable Pit 900 x 600", "SBP-533-50", "540 kg", "£91.00"),
        ("Road Kerb HB2 Half Battered", "SBP-250-75", "67 kg", "£567.00"),
    ]
    for n, (name, code, weight, price) in enumerate(items):
        top = 110 + 235 * n
        pdf.rect(40, top, 160, 150)  # a drawing, lines only
        _title(pdf, top, name, size=13, left=230)
        rows = [
            ("Product code", code),
            ("Internal size", "1200 mm"),
            ("Wall thickness", "90 mm"),
            ("Weight", weight),
            ("Price per piece", price),
        ]
        _rows(pdf, top + 30, rows, left=230)
    products = _products(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, *_ in items]
    assert [p.codes for p in products] == [[code] for _, code, _, _ in items]
    assert [p.prices for p in products] == [[price] for *_, price in items]
    assert all(weight in p.sizes for p, (_, _, weight, _) in zip(products, items, strict=True))


def test_chapter_headings_over_prose_are_no_products(tmp_path: Path) -> None:
    pdf = _pdf()
    for n, title in enumerate(("1. The River", "2. The Town")):
        _title(pdf, 60 + 360 * n, title, size=18)
        _paragraph(pdf, 100 + 360 * n, " ".join([PROSE] * 3), size=11)
    assert _products(pdf, tmp_path) == []


def test_a_report_s_section_headings_over_tables_of_figures_are_no_products(
    tmp_path: Path,
) -> None:
    pdf = _pdf()
    regions = [
        ("North region", "£1,204,000", "12.4%", "3.1%", "14"),
        ("South region", "£987,500", "9.8%", "-1.2%", "11"),
    ]
    for n, (region, sales, share, growth, stores) in enumerate(regions):
        top = 60 + 300 * n
        _title(pdf, top, region)
        _rows(
            pdf,
            top + 35,
            [("Sales", sales), ("Market share", share), ("Growth", growth), ("Stores", stores)],
        )
        _photo(pdf, top + 30, (120, 120, 160))  # a chart
        _paragraph(pdf, top + 150, PROSE)
    assert _products(pdf, tmp_path) == []


def test_an_invoice_s_header_over_its_lines_is_no_product(tmp_path: Path) -> None:
    pdf = _pdf()
    _title(pdf, 50, "Invoice INV-2041")
    _rows(
        pdf,
        85,
        [
            ("Invoice date", "3 March 2026"),
            ("Customer no.", "C-20931"),
            ("Payment terms", "30 days"),
            ("Amount due", "£1,226.40"),
        ],
    )
    _title(pdf, 200, "Delivery to")
    _rows(
        pdf,
        235,
        [
            ("Company", "Harbour Works Ltd"),
            ("Street", "12 Dock Road"),
            ("Town", "Leeds LS1 4AB"),
            ("Account no.", "C-20931"),
        ],
    )
    pdf.set_font("Helvetica", "", 10)
    for n, line in enumerate(
        [
            ("Item", "Qty", "Unit price", "Amount"),
            ("Cable Pit 900 x 600", "2", "£91.00", "£182.00"),
            ("Road Kerb HB2", "12", "£87.00", "£1,044.00"),
        ]
    ):
        for x, cell in zip((50, 300, 380, 470), line, strict=True):
            pdf.text(x, 400 + 18 * n, cell)
    pdf.text(380, 470, "Total")
    pdf.text(470, 470, "£1,226.40")
    assert _products(pdf, tmp_path) == []


def _layout(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _heading(top: float, text: str) -> Block:
    return Block("heading", (50, top, 300, top + 18), text, font_size=16, lines=[text])


def _table(top: float, rows: list[list[str]]) -> Block:
    return Block("table", (50, top, 300, top + 18 * len(rows)), "", rows=rows)


def test_tables_keyed_by_years_under_headings_are_figures_not_products() -> None:
    blocks = []
    for n, name in enumerate(("Harbour Works Ltd", "Dock Road Ltd")):
        top = 60 + 300 * n
        blocks += [
            _heading(top, name),
            _table(top + 30, [["2023", "£1,200"], ["2024", "Closed"], ["2025", "SBP-387-66"]]),
        ]
    assert products_from_layout(_layout(*blocks)) == []


def test_entries_that_share_no_keys_are_no_template() -> None:
    first = [["Price", "£12.00"], ["Colour", "Red"], ["Weight", "2 kg"]]
    second = [["Price", "£9.00"], ["Founded", "1998"], ["Staff", "Twelve"], ["Town", "Leeds"]]
    blocks = [
        _heading(60, "Garden Chair"),
        _table(90, first),
        _heading(360, "Harbour Works"),
        _table(390, second),
    ]
    assert not any(p.source == "titled_spec_table" for p in products_from_layout(_layout(*blocks)))
    second = [["Price", "£9.00"], ["Colour", "Blue"], ["Weight", "3 kg"]]
    blocks[3] = _table(390, second)
    assert [p.name for p in products_from_layout(_layout(*blocks))] == [
        "Garden Chair",
        "Harbour Works",
    ]


def test_a_staff_directory_of_names_over_their_details_is_no_catalog() -> None:
    """Mixed values in one template, but no price, no article code and no photo."""
    people = [("Anna Berg", "Buyer", "Leeds"), ("Tom Hale", "Engineer", "York")]
    blocks = []
    for n, (name, role, office) in enumerate(people):
        rows = [["Role", role], ["Office", office], ["Joined", "2019"], ["Desk", "4"]]
        blocks += [_heading(60 + 300 * n, name), _table(90 + 300 * n, rows)]
    assert products_from_layout(_layout(*blocks)) == []
    blocks.append(Block("figure", (350, 390, 550, 520), "", image_index=0))  # one has a photo
    assert products_from_layout(_layout(*blocks)) == []


def _line(top: float, text: str, size: float = 10) -> Block:
    return Block("paragraph", (50, top, 400, top + size * 1.4), text, font_size=size, lines=[text])


def test_labels_set_like_the_running_text_over_tables_are_no_titles() -> None:
    """A form's or a letter's labels over its tables: the same size as its sentences."""
    blocks = [_line(40, "Thank you for your order, we have reserved the following for you.")]
    for n, option in enumerate(("Standard delivery", "Express delivery")):
        rows = [["Carrier", "Parcel Post"], ["Up to", "20 kg"], ["Price", f"£{4 + n}.95"]]
        blocks += [_line(80 + 150 * n, option), _table(100 + 150 * n, rows)]
    blocks.append(_line(400, "Please choose one of them by replying to this letter soon."))
    assert products_from_layout(_layout(*blocks)) == []
    for n in (1, 3):
        blocks[n] = replace(blocks[n], font_size=14)
    assert len(products_from_layout(_layout(*blocks))) == 2


def test_tables_of_figures_under_their_column_titles_are_no_products() -> None:
    blocks = []
    for n, region in enumerate(("North region", "South region")):
        rows = [["Measure", "Value"], ["Sales", "£1,204,000"], ["Share", "12.4%"], ["Stores", "14"]]
        blocks += [_heading(60 + 300 * n, region), _table(90 + 300 * n, rows)]
    blocks.append(Block("figure", (350, 90, 550, 220), "", image_index=0))  # a chart
    assert products_from_layout(_layout(*blocks)) == []


def test_a_drawing_s_caption_taken_into_a_scanned_spec_table_leaves_it_a_spec_table() -> None:
    """On a scan the table finder may take the caption left of the table in as a column of
    its own, and lose a value ("-") it could not read."""
    blocks = []
    for n, (name, code) in enumerate(
        (("Cable Pit 900", "SBP-533-50"), ("Lintel 1200", "SBP-495-62"))
    ):
        rows = [
            ["", "Product code", code],
            ["", "Weight", "78 kg"],
            ["", "Wall thickness", ""],
            ["", "Finish", "Smooth"],
            ["Section A-A (not to scale)", "Price per piece", f"£{91 + n}.00"],
        ]
        blocks += [_heading(60 + 300 * n, name), _table(90 + 300 * n, rows)]
    products = products_from_layout(_layout(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Cable Pit 900", ["SBP-533-50"], ["£91.00"]),
        ("Lintel 1200", ["SBP-495-62"], ["£92.00"]),
    ]
    for n in (1, 3):  # a third column filled in every row: a table of more than two columns
        blocks[n].rows = [["3", *row[1:]] for row in blocks[n].rows]
    assert not any(p.source == "titled_spec_table" for p in products_from_layout(_layout(*blocks)))


def test_a_page_of_cards_titled_alike_each_over_its_properties_is_no_data_sheet(
    tmp_path: Path,
) -> None:
    """Five cards down the page, each a name over its specification and SKU, their prices set
    large in a column of their own: five products, not one data sheet named after the first
    card (the prices are no headings, so the names are the page's largest titles)."""
    pdf = _pdf()
    cards = [
        ("Stride Watch S", "643-888", [("Case", "41 mm"), ("GPS", "Dual band")]),
        ("Echo Home Mini", "238-937", [("Power", "15 W"), ("Voice", "Built in")]),
        ("Volt Charger 100", "407-257", [("Output", "100 W"), ("Ports", "3 x USB-C")]),
        ("Atlas Tab 13 Pro", "560-688", [("Display", "13 in"), ("Weight", "630 g")]),
        ("Nova X5 Plus", "437-128", [("Display", "6.7 in"), ("Storage", "256 GB")]),
    ]
    for n, (name, sku, spec) in enumerate(cards):
        top = 60 + 150 * n
        pdf.rect(50, top, 90, 90)  # a drawing, lines only
        _title(pdf, top, name, size=13, left=160)
        bottom = _rows(pdf, top + 26, spec, left=160)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(160, bottom + 14, f"SKU {sku}")
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(430, top + 40, f"${100 + 37 * n}.99")
        pdf.set_font("Helvetica", "", 7)
        pdf.text(430, top + 54, f"or ${9 + 3 * n}.50/mo. for 12 mo.")
    products = _products(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, *_ in cards]


def test_cards_titled_alike_over_specifications_read_before_their_prices_are_each_a_product() -> (
    None
):
    """The same cards as a page's reading gives them when their prices stand in a column of
    their own, read after every card: the largest type on the page is now the cards' names,
    five of them alike, so the page is cards, not one data sheet named after the first."""
    cards = [
        (
            "Stride Watch S",
            "643-888",
            [["Case", "41 mm"], ["GPS", "Dual band"], ["Battery", "5 days"]],
        ),
        (
            "Echo Home Mini",
            "238-937",
            [["Power", "15 W"], ["Voice", "Built in"], ["Colour", "Chalk"]],
        ),
        (
            "Volt Charger 100",
            "407-257",
            [["Output", "100 W"], ["Ports", "3 x USB-C"], ["GaN", "Yes"]],
        ),
        (
            "Atlas Tab 13 Pro",
            "560-688",
            [["Display", "13 in"], ["Storage", "256 GB"], ["Weight", "630 g"]],
        ),
        (
            "Nova X5 Plus",
            "437-128",
            [["Display", "6.7 in"], ["Storage", "256 GB"], ["Camera", "48 MP"]],
        ),
    ]
    page = PageLayout(1, 595, 842)
    for n, (name, sku, spec) in enumerate(cards):
        top = 60.0 + 150 * n
        page.blocks += [
            Block("figure", (50, top, 140, top + 90), "", image_index=n),
            Block("heading", (160, top, 300, top + 14), name, font_size=13.0, bold=True),
            Block("table", (160, top + 26, 330, top + 80), "", rows=spec),
            Block("paragraph", (160, top + 90, 230, top + 98), f"SKU {sku}", font_size=7.0),
        ]
    for n in range(len(cards)):
        top = 60.0 + 150 * n
        price = f"${100 + 37 * n}.99"
        page.blocks.append(
            Block("paragraph", (430, top + 20, 520, top + 40), price, font_size=20.0, bold=True)
        )
    products = products_from_layout(DocumentLayout([page]))
    assert not [p.name for p in products if p.source == "data_sheet"]
