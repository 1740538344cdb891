"""A price list's columns read in other languages and scripts: which column names the rows,
which hold codes, and which rows are column titles, not products."""

from __future__ import annotations

from catalog_blocks import one_page as _page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.columns import header_role, is_header_row, naming_columns
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

RU_HEADER = ["№", "Артикул", "OEM", "Наименование", "Description", "Применение", "Цена, руб."]
RU_ROWS = [
    [
        "1",
        "TR46163",
        "32275-C6374",
        "Фильтр масляный",
        "Oil Filter",
        "Skoda Octavia A7",
        "4 569,00",
    ],
    [
        "2",
        "MK81355",
        "97766-E7684",
        "Фильтр воздушный",
        "Air Filter",
        "Renault Logan II",
        "1 334,50",
    ],
    ["3", "MK12186", "76096-F1747", "Свеча зажигания", "Spark Plug", "Skoda Octavia A7", "914,50"],
    ["4", "AS29320", "19003-C4462", "Колодки тормозные", "Brake Pads", "Kia Rio IV", "406,00"],
]


def test_a_bilingual_price_list_is_named_by_its_name_columns_not_by_what_the_part_fits() -> None:
    products = products_from_layout(_page(_table([RU_HEADER, *RU_ROWS])))
    assert [p.name for p in products] == ["Oil Filter", "Air Filter", "Spark Plug", "Brake Pads"]
    oil = products[0]
    assert oil.attributes["other names"] == "Фильтр масляный"  # the same name in Russian
    assert oil.codes == ["TR46163", "32275-C6374"]  # the part number and the OEM number
    assert oil.prices == ["4 569,00"]  # titled a price in Russian, no currency sign
    assert oil.attributes["Применение"] == "Skoda Octavia A7"  # what it fits: an attribute


def test_without_column_titles_the_varied_names_win_over_a_list_of_car_models() -> None:
    # an OCR'd fragment of the list: no header row, the cars the wordiest column
    rows = [r[:3] + r[4:] for r in RU_ROWS]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Oil Filter", "Air Filter", "Spark Plug", "Brake Pads"]


def test_column_titles_set_again_inside_a_table_are_no_product() -> None:
    header = ["Art.-Nr.", "Bezeichnung", "Fahrzeug", "Preis"]
    rows = [
        header,
        ["AB-1001", "Ölfilter", "VW Golf VII", "€ 12,90"],
        ["AB-1002", "Luftfilter", "VW Golf VII", "€ 18,50"],
        header,  # the next page's table, joined to this one
        ["AB-1003", "Zündkerze", "Opel Astra K", "€ 7,40"],
        ["AB-1004", "Bremsscheibe", "Opel Astra K", "€ 44,00"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Ölfilter", "Luftfilter", "Zündkerze", "Bremsscheibe"]


def test_thai_and_greek_column_titles_name_their_roles() -> None:
    assert header_role("รหัสสินค้า") == "code"
    assert header_role("ราคา (บาท)") == "price"
    assert header_role("รายการ") == "name"
    assert header_role("Περιγραφή") == "name"
    assert header_role("Κωδικός") == "code"
    assert header_role("Применяемость") == "application"
    assert header_role("№") == "number"
    assert header_role("Remarks") is None
    assert is_header_row(["Kode", "Nama Barang", "Harga"])
    assert not is_header_row(["K-1001", "Nama Barang", "Rp 15.000"])


def test_central_european_titles_name_their_roles_with_or_without_their_accents() -> None:
    """A scan read with English's letters only drops the accents: "Názov" prints "Nazov"."""
    for title, role in [
        ("Izdelek", "name"),
        ("Názov produktu", "name"),
        ("Nazov produktu", "name"),
        ("Šifra", "code"),
        ("Sifra", "code"),
        ("Pavadinimas", "name"),
        ("Cijena", "price"),
        ("Rozměry", "size"),
        ("Rozmery", "size"),
    ]:
        assert header_role(title) == role, title
    # a short word without its accent is another's ("År", a year, is no "Ár", a price), and
    # an English title stays English ("Reference" speed is no "Référence" code)
    assert header_role("Ár") == "price" and header_role("År") is None
    assert header_role("Référence") == "code" and header_role("Reference") is None


def test_a_name_and_its_description_in_one_language_are_no_translation() -> None:
    header = ["Code", "Name", "Description"]
    body = [
        ["AB-1", "Oak Chair", "Solid oak seat"],
        ["AB-2", "Ash Table", "Oiled ash top"],
        ["AB-3", "Pine Stool", "Three short legs"],
    ]
    assert naming_columns(header, body, [1, 2], True, lambda v: True, 0.6) == (1, None)
    # titled in two languages, the Latin-script names name the rows, the others aside
    header = ["Code", "Наименование", "Description"]
    body = [["AB-1", "Стул", "Oak Chair"], ["AB-2", "Стол", "Ash Table"]]
    assert naming_columns(header, body, [1, 2], True, lambda v: True, 0.6) == (2, 1)


def test_a_report_table_with_russian_titles_lists_no_products() -> None:
    rows = [
        ["Наименование показателя", "2024", "2025", "Изменение, %"],
        ["Выручка", "1 200,0", "1 500,0", "25,0"],
        ["Себестоимость", "800,0", "900,0", "12,5"],
        ["Чистая прибыль", "400,0", "600,0", "50,0"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_fleet_log_with_cars_and_mileage_lists_no_products() -> None:
    rows = [
        ["Date", "Vehicle", "Driver", "Km"],
        ["03/02/2026", "Skoda Octavia A7", "Ivan Petrov", "412"],
        ["04/02/2026", "Kia Rio IV", "Anna Smirnova", "87"],
        ["05/02/2026", "Lada Vesta", "Oleg Ivanov", "230"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_prose_about_car_parts_lists_no_products() -> None:
    text = (
        "Замена масляного фильтра на Skoda Octavia A7 занимает около 20 минут. "
        "Oil filters should be replaced with every oil change, as the manual says."
    )
    document = _page(
        Block("heading", (40, 50, 400, 70), "Как заменить масляный фильтр", font_size=16),
        Block("paragraph", (40, 80, 555, 300), text * 4),
    )
    assert products_from_layout(document) == []


def test_two_cards_side_by_side_are_named_by_their_wordiest_line_not_by_two_repeats() -> None:
    # two values say nothing of a column listing a few things: the wordiest names the rows
    body = [["Lamp Aurora", "Shipping is included"], ["Lamp Boreal", "Shipping to islands extra"]]
    is_name = lambda v: True  # noqa: E731
    assert naming_columns(["", ""], body, [0, 1], False, is_name, 0.6) == (1, None)
    # but one text on both rows tells neither from the other: it names no row
    same = [["Lamp Aurora", "Shipping is included"], ["Lamp Boreal", "Shipping is included"]]
    assert naming_columns(["", ""], same, [0, 1], False, is_name, 0.6) == (0, None)
    three = [*same, ["Lamp Cirrus", "Shipping is included"]]
    assert naming_columns(["", ""], three, [0, 1], False, is_name, 0.6) == (0, None)


def _titled_apart(rows: list[list[str]], titles: list[str]) -> DocumentLayout:
    """A table with its column titles set apart above it, one block a title."""
    page = PageLayout(1, 600, 800)
    lefts = [42.0, 98.0, 288.0, 368.0, 434.0, 474.0][: len(titles)]
    page.blocks = [
        Block("heading", (left, 79, left + 40, 88), t, font_size=8, bold=True, lines=[t])
        for left, t in zip(lefts, titles, strict=True)
    ]
    page.blocks.append(Block("table", (42.0, 96.0, 539.0, 96.0 + 20 * len(rows)), "", rows=rows))
    return DocumentLayout([page])


def test_a_first_row_with_an_article_code_is_a_product_not_the_column_titles() -> None:
    """Its currency word ("zł") titles price columns, but a row of titles holds no code."""
    rows = [
        ["527008", "Mąka pszenna typ 450", "10 x 1 kg", "88,02 zł", "5%", "92,42 zł"],
        ["388898", "Cukier biały kryształ", "10 x 1 kg", "87,07 zł", "5%", "91,42 zł"],
        ["160128", "Ryż długoziarnisty", "5 kg", "3,18 zł", "5%", "3,34 zł"],
    ]
    titles = ["Kod", "Nazwa towaru", "Opak.", "Cena netto", "VAT", "Cena brutto"]
    products = products_from_layout(_titled_apart(rows, titles))
    assert [(p.name, p.codes) for p in products] == [
        ("Mąka pszenna typ 450", ["527008"]),
        ("Cukier biały kryształ", ["388898"]),
        ("Ryż długoziarnisty", ["160128"]),
    ]


def test_a_statement_titled_by_fiscal_years_is_still_no_price_list() -> None:
    rows = [
        ["", "FY2023", "FY2024"],
        ["Revenue", "1 204,50 zł", "1 380,00 zł"],
        ["Operating costs", "804,10 zł", "912,40 zł"],
        ["Net profit", "400,40 zł", "467,60 zł"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


_PARTS = [
    ["1 619 P143574", "Blade assembly 600 mm", "Lamier 600 mm", "Messerbalken 600 mm", "95,84"],
    ["1 619 P143692", "Blade guard", "Protège-lame", "Messerschutz", "21,99"],
    ["1 619 P143729", "Gear housing", "Carter d'engrenage", "Getriebegehäuse", "12,96"],
]
_PART_COLUMNS = [(62.0, 116.0), (128.0, 216.0), (260.0, 348.0), (390.0, 471.0), (535.0, 555.0)]


def _parts_page(
    titles: list[tuple[float, float, str]],
    columns: list[tuple[float, float]] | None,
    tall: tuple[str, ...] = (),
) -> DocumentLayout:
    """A parts list whose column titles (left, top, text) are set apart above its table, the
    table's columns at `columns`; a title in `tall` is read 4 points taller (OCR's box for a
    bigger-looking word), its bottom where the others' are."""
    page = PageLayout(1, 600, 800)
    page.blocks = [
        Block(
            "heading",
            (left, top - (4 if t in tall else 0), left + 5.0 * len(t), top + 9),
            t,
            font_size=8,
            lines=[t],
        )
        for left, top, t in titles
    ]
    box = (62.0, 102.0, 555.0, 102.0 + 23 * len(_PARTS))
    page.blocks.append(Block("table", box, "", rows=_PARTS, columns=columns))
    return DocumentLayout([page])


def test_titles_over_a_table_that_lost_a_column_are_matched_by_position() -> None:
    """A scan's OCR loses a column of lone digits (every "Qty" a 1); its title stays over no
    column. Each column takes the title over it, and the rows are the parts they list."""
    titles = [(62.0, 73.0, "Part no."), (128.0, 73.0, "Description"), (261.0, 73.0, "Désignation")]
    titles += [(391.0, 73.0, "Bezeichnung"), (507.0, 73.0, "Qty"), (540.0, 73.0, "EUR")]
    products = products_from_layout(_parts_page(titles, _PART_COLUMNS))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Blade assembly 600 mm", ["1 619 P143574"], ["95,84"]),
        ("Blade guard", ["1 619 P143692"], ["21,99"]),
        ("Gear housing", ["1 619 P143729"], ["12,96"]),
    ]


def test_titles_a_point_or_two_apart_in_height_are_one_line() -> None:
    """On a skewed scan, and with a taller "Description" than "EUR", the titles' tops differ by
    a few points: they are still one line of titles."""
    titles = [(62.0, 72.5, "Part no."), (128.0, 73.0, "Description"), (261.0, 73.5, "Désignation")]
    titles += [(391.0, 74.0, "Bezeichnung"), (540.0, 74.5, "EUR")]
    products = products_from_layout(_parts_page(titles, _PART_COLUMNS, tall=("Description",)))
    assert [p.name for p in products] == ["Blade assembly 600 mm", "Blade guard", "Gear housing"]


def test_titles_that_do_not_sit_one_over_each_column_are_not_the_table_s() -> None:
    """More titles than columns, two of them over one column: no title is guessed for it, and
    the line titles nothing (the rows stay as the table's own header would have them)."""
    titles = [(62.0, 73.0, "Part no."), (90.0, 73.0, "Pos."), (150.0, 73.0, "Description")]
    titles += [(261.0, 73.0, "Désignation"), (391.0, 73.0, "Bezeichnung"), (540.0, 73.0, "EUR")]
    by_position = products_from_layout(_parts_page(titles, _PART_COLUMNS))
    no_columns = products_from_layout(_parts_page(titles, None))
    assert [p.attributes for p in by_position] == [p.attributes for p in no_columns]


# --- a table's first row left out as loose blocks (a cell wrapped over two lines) ----------

TONER_SPANS = [
    (40.0, 83.0),
    (86.0, 201.0),
    (236.0, 357.0),
    (379.0, 420.0),
    (461.0, 490.0),
    (526.0, 555.0),
]
TONER_ROWS = [
    [
        "422310",
        "Brother TN-2410 svart toner",
        "HL-L2310D, DCP-L2510D",
        "1 200 sidor",
        "1 524,90",
        "1 906,12",
    ],
    [
        "879618",
        "Brother DR-2400 trumma",
        "HL-L2350DW, MFC-L2750DW",
        "12 000 sidor",
        "985,00",
        "1 231,25",
    ],
    [
        "885504",
        "Brother LC-3213 BK bläckpatron",
        "DCP-J772DW, MFC-J890DW",
        "400 sidor",
        "1 100,00",
        "1 375,00",
    ],
]


def _cell(left: float, right: float, top: float, lines: list[str], bold: bool = False) -> Block:
    box = (left, top, right, top + 9.0 * len(lines))
    kind = "heading" if bold else "paragraph"
    return Block(kind, box, " ".join(lines), font_size=7.5, bold=bold, lines=lines)


def _toner_page(first: list[list[str]], bold: bool = False, note: bool = False) -> DocumentLayout:
    """A borderless price list (titles set apart above it), its first row set as loose blocks
    above the table because one cell wrapped over two lines."""
    titles = ["Art.nr", "Benämning", "Passar till", "Kapacitet", "exkl. moms", "inkl. moms"]
    blocks = [
        _cell(a, a + 40, 89, [t], bold=True) for (a, _), t in zip(TONER_SPANS, titles, strict=True)
    ]
    blocks += [
        _cell(a, b, 129, lines, bold=bold) for (a, b), lines in zip(TONER_SPANS, first, strict=True)
    ]
    table = Block(
        "table",
        (40.0, 152.0, 555.0, 152.0 + 15 * len(TONER_ROWS)),
        "",
        rows=TONER_ROWS,
        columns=TONER_SPANS,
    )
    blocks.append(table)
    if note:  # a note across the columns under the table: no row of it
        blocks.append(
            _cell(40, 328, table.bottom + 4, ["Kapacitet enligt ISO/IEC 19752 och 24711."])
        )
    return _page(*blocks)


def test_a_table_s_first_row_left_out_as_loose_blocks_is_its_row() -> None:
    first = [
        ["295490"],
        ["Brother TN-2420 svart toner"],
        ["HL-L2350DW, DCP-L2530DW,", "MFC-L2710DW"],
    ]
    first += [["3 000 sidor"], ["511,90"], ["639,88"]]
    products = products_from_layout(_toner_page(first, note=True))
    assert [(p.codes, p.name, p.prices[:1]) for p in products] == [
        (["295490"], "Brother TN-2420 svart toner", ["511,90"]),
        *((row[:1], row[1], row[4:5]) for row in TONER_ROWS),
    ]


def test_a_row_of_bold_titles_without_figures_above_a_table_is_no_row_of_it() -> None:
    """Titles set apart right above a table stay titles, not a product."""
    first = [["Nummer"], ["Benämning"], ["Skrivare"], ["Sidor"], ["Pris"], ["Moms"]]
    products = products_from_layout(_toner_page(first, bold=True))
    assert [p.name for p in products] == [row[1] for row in TONER_ROWS]


# A binary file format's header, set out as a table (size, type, field): its "CARD32" looks like
# an article code in every row, but codes identify articles and this one repeats.
FORMAT_FIELDS = [
    ["2", "CARD16", "MAJOR_VERSION"],
    ["2", "CARD16", "MINOR_VERSION"],
    ["4", "CARD32", "ALIAS_LIST_OFFSET"],
    ["4", "CARD32", "PARENT_LIST_OFFSET"],
    ["4", "CARD32", "LITERAL_LIST_OFFSET"],
    ["4", "CARD32", "GLOB_LIST_OFFSET"],
]


def test_a_column_repeating_one_code_like_value_identifies_nothing() -> None:
    assert products_from_layout(_page(_table(FORMAT_FIELDS))) == []


def test_the_same_rows_with_a_code_of_their_own_are_articles() -> None:
    """The control: each row's code is its own ("AX-2016"), the repeated one an attribute."""
    rows = [[f"AX-{2010 + n}", *row] for n, row in enumerate(FORMAT_FIELDS)]
    products = products_from_layout(_page(_table(rows)))
    assert [p.codes for p in products] == [[f"AX-{2010 + n}"] for n in range(len(rows))]


def test_a_lamp_base_repeated_down_a_price_list_is_not_its_article_code() -> None:
    """ "E27" reads as a code; repeated down the list it is the lamps' base, and the list's
    own article numbers stay its codes."""
    rows = [
        ["LED-4410", "Globe 9 W warm white", "E27", "4,90 €"],
        ["LED-4411", "Globe 12 W warm white", "E27", "5,90 €"],
        ["LED-4412", "Candle 5 W", "E14", "3,90 €"],
        ["LED-4413", "Candle 7 W", "E14", "4,50 €"],
        ["LED-4414", "Pear 15 W daylight", "E27", "6,90 €"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (row[1], [row[0]], [row[3]]) for row in rows
    ]
