"""Two parts lists set side by side on a landscape page, each ruled by a hairline under each
row, group rows naming the model the parts fit on bands of their own (a scanned price list's
form). Their rows stand level, one leading for both, so a borderless table read a band of
both lists as one table (its columns repeated), taking each list's group rows away from its
rules; read by their rules first, each list is whole and names its parts with its models.
And a scan's type sizes scatter from line to line (8.4 and 8.6 pt for one group style): the
group rows are still alike. Controls: one such list alone keeps its reading, and lists whose
hairlines run on across both halves (one table) are not parted."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import analyse_document

LEFT = [
    (
        "Audi A4",
        "2.0 TDI · 2008-2015",
        [
            ("PX10234", "Oil filter", "Ölfilter", "34,00"),
            ("PX10299", "Air filter", "Luftfilter", "21,50"),
            ("PX10371", "Fuel filter", "Kraftstofffilter", "18,40"),
        ],
    ),
    (
        "Fiat Punto",
        "1.2 · 2012-2018",
        [
            ("PX11042", "Water pump", "Wasserpumpe", "129,90"),
            ("PX11077", "Thermostat", "Thermostat", "42,10"),
            ("PX11150", "Starter", "Anlasser", "310,00"),
        ],
    ),
    (
        "Opel Corsa",
        "1.4 · 2010-2014",
        [
            ("PX12017", "Brake pads", "Bremsbeläge", "59,90"),
            ("PX12088", "Clutch kit", "Kupplungssatz", "289,00"),
            ("PX12133", "Belt kit", "Zahnriemensatz", "88,50"),
        ],
    ),
]
RIGHT = [
    (
        "Volkswagen Golf Variant",
        "1.6 TDI · 2009-2016",
        [
            ("PX20417", "Brake discs", "Bremsscheiben", "98,40"),
            ("PX20533", "Alternator", "Lichtmaschine", "410,00"),
            ("PX20590", "Glow plugs", "Glühkerzen", "36,20"),
        ],
    ),
    (
        "Kia Ceed",
        "1.0 · 2015-2020",
        [
            ("PX21611", "Spark plugs", "Zündkerzen", "24,90"),
            ("PX21702", "Cabin filter", "Innenraumfilter", "15,60"),
            ("PX21788", "Shock absorber", "Stoßdämpfer", "74,30"),
        ],
    ),
    (
        "Mazda 3",
        "2.0 · 2013-2019",
        [
            ("PX22104", "Wiper blades", "Wischerblätter", "19,80"),
            ("PX22190", "Coil spring", "Schraubenfeder", "56,70"),
            ("PX22245", "Tie rod end", "Spurstangenkopf", "33,10"),
        ],
    ),
]


def _list(pdf, x0: float, x1: float, groups, model_sizes: list[float]) -> None:
    """A list ruled by a hairline under each row (a part's name over its name in a second
    language), its group rows on grey bands with no rule under them."""
    pdf.set_font("Helvetica", "B", 7)
    for dx, title in (
        (4, "Code"),
        (66, "Description"),
        (x1 - x0 - 90, "1-4 pcs"),
        (x1 - x0 - 36, "5+ pcs"),
    ):
        pdf.text(x0 + dx, 72, title)
    y = 90.0  # the baseline of the next line
    for (model, engine, parts), size in zip(groups, model_sizes, strict=True):
        pdf.set_fill_color(230, 230, 230)
        pdf.rect(x0, y - 8, x1 - x0, 12, style="F")
        pdf.set_font("Helvetica", "B", size)
        pdf.text(x0 + 4, y, model)
        width = pdf.get_string_width(model)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(x0 + 14 + width, y, engine)
        y += 18
        for code, name, other, price in parts:
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(x0 + 4, y, code)
            pdf.set_font("Helvetica", "B", 8)
            pdf.text(x0 + 66, y, name)
            pdf.set_font("Helvetica", "I", 6.5)
            pdf.text(x0 + 66, y + 9, other)
            pdf.set_font("Helvetica", "", 8)
            cents = round(float(price.replace(",", ".")) * 90)
            for right, amount in ((x1 - 62, price), (x1 - 6, f"{cents // 100},{cents % 100:02d}")):
                pdf.text(right - pdf.get_string_width(amount), y, amount)
            pdf.set_line_width(0.5)
            pdf.line(x0, y + 13, x1, y + 13)
            y += 26
        y += 6


def _document(tmp_path: Path, sides, model_sizes=(8.5, 8.5, 8.5), across: bool = False) -> Path:
    pdf = a4_pdf()
    pdf.add_page(orientation="L")
    for (x0, x1), groups in zip(((30.0, 410.0), (430.0, 812.0)), sides, strict=False):
        _list(pdf, x0, x1, groups, list(model_sizes))
    if across:  # hairlines run on across the gap: one table's rules
        pdf.set_line_width(0.4)
        for y in range(121, 121 + 26 * 9, 26):
            pdf.line(405, y, 440, y)
    path = tmp_path / "parts.pdf"
    pdf.output(str(path))
    return path


def _expected(groups) -> list[tuple[str, str]]:
    return [(f"{name} {model}", code) for model, _, parts in groups for code, name, _, _ in parts]


def _found(path: Path) -> list[tuple[str, str]]:
    return sorted((p.name, p.codes[0]) for p in products_from_layout(analyse_document(path)))


def test_two_row_ruled_lists_side_by_side_are_read_each_by_its_rules(tmp_path: Path) -> None:
    # the right list's first model is long (it reaches over the names' column): no borderless
    # table reads the first band of both lists, and one read the bands under it as one
    path = _document(tmp_path, [LEFT, RIGHT])
    tables = [b for b in analyse_document(path).pages[0].blocks if b.kind == "table"]
    assert [t.rows[0][0] for t in tables] == [
        "Audi A4 2.0 TDI · 2008-2015",
        "Volkswagen Golf Variant 1.6 TDI · 2009-2016",
    ]
    assert _found(path) == sorted(_expected(LEFT) + _expected(RIGHT))


def test_lists_side_by_side_read_whole_by_a_borderless_table_keep_that_reading(
    tmp_path: Path,
) -> None:
    # control: one group each, a borderless table reads all their rows (its first row the
    # models): the rules go on under none of its rows, and it stays
    left, right = [LEFT[1]], [RIGHT[1]]
    path = _document(tmp_path, [left, right], model_sizes=(8.5,))
    assert _found(path) == sorted(_expected(left) + _expected(right))


def test_group_rows_whose_sizes_scatter_a_little_are_alike(tmp_path: Path) -> None:
    # a scan's estimates of one type size: 8.4 and 8.6 pt (rounded, 8 and 9)
    path = _document(tmp_path, [LEFT, RIGHT], model_sizes=(8.4, 8.6, 8.4))
    assert _found(path) == sorted(_expected(LEFT) + _expected(RIGHT))


def test_group_rows_of_two_sizes_are_no_groups(tmp_path: Path) -> None:
    # control: lines a size and a half apart are no one style (a wrapped name's line, a title)
    path = _document(tmp_path, [LEFT], model_sizes=(8.0, 12.0, 8.0))
    assert not any("Fiat Punto" in name for name, _ in _found(path))


def test_a_ruled_rows_name_over_its_translation_set_smaller_is_the_name(tmp_path: Path) -> None:
    # the lists side by side are read by their rules, a row's lines one cell
    products = products_from_layout(analyse_document(_document(tmp_path, [LEFT, RIGHT])))
    assert sorted((p.name, p.codes[0]) for p in products) == sorted(
        _expected(LEFT) + _expected(RIGHT)
    )
    assert products[0].attributes["other names"] == "Ölfilter"


def test_a_ruled_rows_name_wrapped_in_its_own_size_stays_whole(tmp_path: Path) -> None:
    # control: the second line set as large as the first is the name's own
    pdf = a4_pdf()
    pdf.add_page(orientation="L")
    pdf.set_font("Helvetica", "B", 7)
    for x, title in ((34, "Code"), (96, "Description"), (320, "Price")):
        pdf.text(x, 72, title)
    y = 100.0
    for code, first, second, price in [
        ("PX10234", "Oil filter with", "seal ring", "34,00"),
        ("PX10299", "Air filter with", "foam insert", "21,50"),
        ("PX10371", "Fuel filter with", "clamp set", "18,40"),
        ("PX10388", "Cabin filter with", "carbon layer", "15,60"),
    ]:
        pdf.set_font("Helvetica", "", 8)
        pdf.text(34, y, code)
        pdf.text(96, y, first)
        pdf.text(96, y + 10, second)
        pdf.text(340 - pdf.get_string_width(price), y, price)
        pdf.set_line_width(0.5)
        pdf.line(30, y + 14, 400, y + 14)
        y += 26
    path = tmp_path / "wrapped.pdf"
    pdf.output(str(path))
    names = [p.name for p in products_from_layout(analyse_document(path))]
    assert names == [
        "Oil filter with seal ring",
        "Air filter with foam insert",
        "Fuel filter with clamp set",
        "Cabin filter with carbon layer",
    ]


def test_one_row_ruled_list_read_in_bands_by_borderless_tables_keeps_them(tmp_path: Path) -> None:
    # control: one such list alone (a list with its sections' headings between its rows), its
    # bands read as borderless tables, keeps that reading: no tables side by side
    document = analyse_document(_document(tmp_path, [LEFT]))
    tables = [b for b in document.pages[0].blocks if b.kind == "table"]
    assert tables and not any(t.ruled for t in tables)
    assert sorted((p.name, p.codes[0]) for p in products_from_layout(document)) == sorted(
        _expected(LEFT)
    )
