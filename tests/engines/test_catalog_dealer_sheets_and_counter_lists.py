"""Forms of price lists whose products were lost: a dealer's spec sheet (item numbers printed
"#68156", MSRP ranges "$219.95 - $239.95", models named by words under a "Model" title, columns
of measures beside them), a container list under titles grouping its columns ("Dimensioni
(mm)" over Ø | H | Peso g), a family's variants led by their article numbers in Hungarian, and
a counter list whose leader lines set a unit before some prices ("st. 4,25", "pot 4,50").
Each with the near miss that keeps its old outcome."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.families import family_rows
from pdfqueue.engines.catalog.tables import code_of
from pdfqueue.engines.catalog.unoffered import presents_a_settlement
from pdfqueue.engines.catalog.words import CODE_LABEL, column_title_role, is_code, range_prices
from pdfqueue.engines.layout import Block, Word, layout_words

SLEEPING_BAGS = [
    ["Item #", "Model", "Comfort", "Limit", "Weight", "Lengths", "MSRP"],
    ["#68156", "Cirque 20 Down", "28", "18", "2 lb 9 oz", "R / L", "$219.95 - $239.95"],
    ["#61178", "Cirque 35 Down", "40", "30", "2 lb 1 oz", "R / L", "$219.95 - $239.95"],
    ["#67198", "Alpenglow 0 Expedition", "8", "-4", "3 lb 2 oz", "R / L", "$199.95 - $239.95"],
    ["#62746", "Sprout 30 Youth", "38", "28", "2 lb 2 oz", "one", "$329.95"],
]
TENTS = [
    ["Item #", "Model", "Sleeps", "Floor", "Min. wt.", "MSRP"],
    ["#65968", "Highline 1 UL", "1", "20 sq ft", "2 lb 4 oz", "$269.95"],
    ["#65576", "Highline 2 UL", "2", "29 sq ft", "2 lb 15 oz", "$599.95"],
    ["#69886", "Switchback 3", "3", "41 sq ft", "4 lb 12 oz", "$629.95"],
]


def _heading(text: str, top: float) -> Block:
    return Block("heading", (40.0, top, 200.0, top + 12.0), text, font_size=12.0)


def test_a_price_range_is_no_amount_below_nothing_and_gives_both_prices() -> None:
    assert range_prices("$219.95 - $239.95") == ["$219.95", "$239.95"]
    assert range_prices("219,95 € – 239,95 €") == ["219,95 €", "239,95 €"]
    assert range_prices("$219.95") == [] and range_prices("Cirque 20 - $19.95") == []
    assert not presents_a_settlement(table(SLEEPING_BAGS))
    products = products_from_layout(one_page(_heading("SLEEPING BAGS", 80.0), table(SLEEPING_BAGS)))
    assert [p.name for p in products] == [r[1] for r in SLEEPING_BAGS[1:]]
    assert products[0].prices == ["$219.95", "$239.95"] and products[3].prices == ["$329.95"]
    # near miss: a payslip's deductions set down below nothing stay a settlement
    deductions = [
        ["Item", "Amount"],
        ["Gross pay", "3,120.00"],
        ["Income tax", "- 412.60"],
        ["Pension", "- $156.00"],
    ]
    assert presents_a_settlement(table(deductions))


def test_an_item_number_printed_with_its_number_sign_is_kept_as_printed() -> None:
    assert code_of("#68156") == "#68156"
    assert code_of("Item # 68156") == "68156"  # a label and its number: the number
    assert code_of("Art.-Nr. 4410") == "4410"


def test_models_named_by_words_beside_columns_of_measures_are_named_in_full() -> None:
    products = products_from_layout(one_page(_heading("TENTS", 80.0), table(TENTS)))
    assert [p.name for p in products] == ["Highline 1 UL", "Highline 2 UL", "Switchback 3"]
    assert products[0].codes == ["#65968"]
    # near miss: a model column of bare designations is still named under its section
    tools = [
        ["Model", "Ref.", "Power", "Price"],
        ["TP-330", "301236", "800 W", "89,00 €"],
        ["TP-450", "301237", "1050 W", "119,00 €"],
        ["TP-600", "301238", "1300 W", "149,00 €"],
    ]
    products = products_from_layout(one_page(_heading("Taladro percutor", 80.0), table(tools)))
    assert products[0].name == "Taladro percutor TP-330"


def test_codes_labelled_in_czech_polish_and_as_ean_numbers() -> None:
    for text, code in [
        ("8 kg · 1400 ot./min Kód: 1088726 · EAN 8595366112693", "1088726"),
        ("EAN 8595366112693", "8595366112693"),
        ("Nr kat. DW-VER-02", "DW-VER-02"),
    ]:
        match = CODE_LABEL.search(text)
        assert match is not None and match.group("code") == code
    assert is_code("Nr kat. DW-VER-02")
    # near misses: words that start like these labels label nothing
    for text in ("kódování 5", "Eanes 12", "ocean 12", "Nr 5"):
        assert CODE_LABEL.search(text) is None


def test_a_word_starting_like_a_code_label_is_no_code() -> None:
    assert not is_code("Articolo") and not is_code("Items")
    assert is_code("Art. 4410") and is_code("Ref. ABC") and is_code("#68156")


def _line(text: str, left: float, top: float, size: float = 7.0) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(Word(token, x, top, x + 0.5 * size * len(token), top + 1.2 * size, size))
        x = words[-1].right + 0.3 * size
    return words


CONTAINERS = [
    ("BT-MAR-0250", "Bottiglia Marasca 250 ml", "60", "268", "360", "308,63", "282,87"),
    ("BT-MAR-0500", "Bottiglia Marasca 500 ml", "66", "305", "455", "370,25", "325,28"),
    ("BT-DOR-0500", "Bottiglia Dorica 500 ml", "60", "301", "430", "361,40", "304,91"),
    ("BT-DOR-0750", "Bottiglia Dorica 750 ml", "68", "330", "520", "388,78", "341,83"),
]
CONTAINER_COLUMNS = [40.0, 106.0, 350.0, 380.0, 410.0, 450.0, 495.0]


def _container_words(group_titles: bool) -> list[Word]:
    words: list[Word] = []
    if group_titles:  # each centred over the columns it groups
        words += _line("Dimensioni (mm)", 352.0, 190.0) + _line("Prezzo € / 1000 pz", 455.0, 190.0)
    titles = ["Codice", "Articolo", "Ø", "H", "Peso g", "cartone", "pallet"]
    for x, title in zip(CONTAINER_COLUMNS, titles, strict=True):
        words += _line(title, x, 202.0)
    for number, row in enumerate(CONTAINERS):
        for x, cell in zip(CONTAINER_COLUMNS, row, strict=True):
            words += _line(cell, x, 216.0 + 14.0 * number)
    return sorted(words, key=lambda w: (w.top, w.left))


def test_titles_grouping_columns_keep_the_columns_under_them_apart() -> None:
    blocks = layout_words(_container_words(True), [], [], 595, 842)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ["", "", "Dimensioni (mm)", "", "", "Prezzo € / 1000 pz", ""]
    assert rows[2] == list(CONTAINERS[0])
    products = products_from_layout(one_page(tables[0]))
    assert [p.name for p in products] == [r[1] for r in CONTAINERS]
    assert products[0].codes == ["BT-MAR-0250"] and products[0].prices[0] == "308,63"
    # near miss: the same table without group titles reads as before
    plain = [b for b in layout_words(_container_words(False), [], [], 595, 842) if b.rows]
    assert plain[0].rows[1] == list(CONTAINERS[0])


def test_a_group_name_under_the_titles_is_no_title_row() -> None:
    rows = [["Product / variant", "Size", "Article", "Price"], ["Oak Chair", "", "", ""]]
    rows += [["Small", "40 cm", "AB-100", "$100.00"], ["Large", "41 cm", "AB-101", "$101.00"]]
    rows += [["Ash Table", "", "", ""], ["Small", "40 cm", "AB-200", "$200.00"]]
    products = products_from_layout(one_page(table(rows)))
    assert [p.name for p in products] == ["Oak Chair", "Ash Table"]


def test_hungarian_titles_and_a_family_led_by_its_article_numbers() -> None:
    assert [column_title_role(t) for t in ("Cikkszám", "Méret", "Ár", "Megnevezés")] == [
        "code",
        "size",
        "price",
        "name",
    ]
    rows = [
        ["Cikkszám", "Méret", "Dobósúly", "Részek", "Ár"],
        ["2277737", "3,30 m", "30-60 g", "3 rész", "20 590 Ft"],
        ["2256871", "3,60 m", "40-80 g", "3 rész", "22 290 Ft"],
        ["2225203", "3,90 m", "60-120 g", "3 rész", "22 990 Ft"],
    ]
    products = family_rows(table(rows), 1, 0, None, "Carbon Pro feeder bot")
    assert [(p.name, p.codes) for p in products] == [
        ("Carbon Pro feeder bot 3,30 m", ["2277737"]),
        ("Carbon Pro feeder bot 3,60 m", ["2256871"]),
        ("Carbon Pro feeder bot 3,90 m", ["2225203"]),
    ]
    # near miss: the family's table whose rows name themselves gives no family rows
    named = [["Cikkszám", "Megnevezés", "Ár"]] + [
        [f"22777{n}", f"Feeder bot {n}", f"{n} 590 Ft"] for n in (31, 32, 33)
    ]
    assert family_rows(table(named), 1, 0, None, "Carbon Pro feeder bot") == []


def _leader_lines(ends: list[str]) -> Block:
    names = ["Groene olijven", "Kalamata olijven", "Zongedroogde tomaten", "Tapenade zwarte"]
    names += ["Gebrande amandelen", "Walnoten halve"]
    lines = [f"{n} . . . . . . . . . . {e}" for n, e in zip(names, ends, strict=True)]
    return Block("paragraph", (40.0, 100.0, 300.0, 100.0 + 12.0 * len(lines)), "\n".join(lines),
                 lines=lines)  # fmt: skip


def test_a_unit_set_before_a_leader_lines_price_is_the_prices_unit() -> None:
    ends = ["2,45", "pot 2,75", "3,15", "zak 5,95", "st. 2,25", "2,60"]
    products = products_from_layout(one_page(_leader_lines(ends)))
    assert [p.prices for p in products] == [
        ["2,45"],
        ["2,75"],
        ["3,15"],
        ["5,95"],
        ["2,25"],
        ["2,60"],
    ]
    assert products[1].name == "Kalamata olijven"
    # near miss: a contents page's leaders end in page numbers, with or without "p."
    contents = _leader_lines(["p. 12", "14", "p. 21", "33", "p. 40", "52"])
    assert products_from_layout(one_page(contents)) == []
