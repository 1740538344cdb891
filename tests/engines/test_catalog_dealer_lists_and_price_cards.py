"""A dealer's list (a date before each description, the price column titled by a currency's
sign alone), a phone shop's cards (a model's name, "Mã SP", a price in dong set low beside the
photo), a publisher's list in two columns of entries; and the look-alikes that must keep giving
none (a chronology, a report's yearly figures, prose in two columns, a newsletter)."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import CODE_LABEL, is_code, is_name, is_price
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, Word, layout_words

# --- amounts with dot thousands and a trailing sign; a Vietnamese code label -------------------


def test_dot_grouped_amounts_with_the_dong_or_rupiah_sign_are_prices() -> None:
    for text in (
        "8.490.000₫",
        "9.990.000 ₫",
        "12.990.000đ",
        "Rp 15.000",
        "Rp15.000",
        "250.000 VND",
    ):
        assert is_price(text), text


def test_vietnamese_words_and_years_are_no_prices() -> None:
    for text in ("2 đôi giày", "năm 2026 đến", "Bảo hành 12 tháng", "Rp"):
        assert not is_price(text), text


def test_ma_sp_labels_a_product_code() -> None:
    match = CODE_LABEL.search("Mã SP: DT10234")
    assert match is not None and match.group("code") == "DT10234"
    assert CODE_LABEL.search("Mã hàng DT10234") is not None
    assert CODE_LABEL.search("Bảo hành chính hãng 12 tháng") is None


# --- a model's name: figures outweigh its letters ---------------------------------------------


def test_a_model_name_of_designations_is_a_name() -> None:
    for text in ("Lumi A25 4GB/128GB", "Nova X9 5G 8GB/256GB", "Kite 13C 6GB/128GB"):
        assert is_name(text), text


def test_figures_and_dates_are_still_no_names() -> None:
    for text in ("2019 12.5 34%", "Q1 2024 12,5", "Tel 0114 496 0188", "12GB/256GB"):
        assert not is_name(text), text


# --- a phone shop's cards: name and code at the top beside the photo, the price set low --------


def _block(kind: str, left: float, top: float, lines: list[str], size: float) -> Block:
    height = size * 1.25 * len(lines)
    right = left + 0.55 * size * max(len(line) for line in lines)
    box = (left, top, right, top + height)
    return Block(kind, box, " ".join(lines), font_size=size, lines=lines)  # type: ignore[arg-type]


def _card(
    left: float, top: float, n: int, lines: list[tuple[str, list[str], float, float]]
) -> list:
    blocks = [Block("figure", (left + 8, top + 12, left + 103, top + 142), "", image_index=n)]
    blocks += [_block(kind, left + 112, top + dy, text, size) for kind, text, size, dy in lines]
    return blocks


CARDS = [
    ("Nova X9 5G 8GB/256GB", "DT10250", "8.490.000₫", "9.990.000₫"),
    ("Lumi A25 4GB/128GB", "DT10325", "3.290.000₫", None),
    ("Orca Z Flip6 12GB/256GB", "DT10412", "21.490.000₫", "24.390.000₫"),
    ("Kite 13C 6GB/128GB", "DT10415", "2.790.000₫", None),
]


def _phone_page(prices: bool = True) -> DocumentLayout:
    blocks: list[Block] = [_block("header", 40, 14, ["DI ĐỘNG SAO MAI"], 17)]
    for k, (name, code, price, before) in enumerate(CARDS):
        left, top = 40 + (k % 2) * 262, 72 + (k // 2) * 186
        lines = [
            ("paragraph", ["Trả góp 0%"], 7.0, 4.0),
            ("heading", [name], 9.5, 15.0),
            ("paragraph", [f"Mã SP: {code}", "Bảo hành chính hãng 12 tháng"], 7.5, 33.0),
        ]
        if prices:
            lines.append(("heading", [price], 13.0, 108.0))
            if before:
                lines.append(("paragraph", [before], 8.0, 127.0))
        blocks += _card(left, top, k, lines)
    page = PageLayout(1, 595, 842)
    page.blocks = blocks
    return DocumentLayout([page])


def test_phone_cards_priced_low_beside_their_photos_are_products() -> None:
    products = products_from_layout(_phone_page())
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price, before] if before else [price])
        for name, code, price, before in CARDS
    ]


def test_cards_without_a_price_keep_only_what_they_print() -> None:
    products = products_from_layout(_phone_page(prices=False))
    assert all(not p.prices for p in products)


# --- a coin dealer's list: its titles set once above sections, "£" over bare amounts ----------


def _titles(top: float) -> list[Block]:
    columns = ((60, "Date"), (100, "Description"), (360, "Ref."), (430, "Grade"), (530, "£"))
    return [_block("paragraph", x, top, [title], 9.0) for x, title in columns]


COINS = [
    ["1787", "Shilling, no semée of hearts", "S.3746", "GVF", "145"],
    ["1816", "Sixpence, bull head", "S.3791", "EF", "65"],
    ["1817", "Halfcrown, bull head", "S.3788", "VF", "120"],
]
MORE_COINS = [
    ["1887", "Shilling, Jubilee head", "S.3926", "BU", "30"],
    ["1889", "Crown, Jubilee head", "S.3921", "VF", "55"],
    ["1893", "Halfcrown, old head", "S.3938", "EF", "70"],
]


def _coin_table(rows: list[list[str]], top: float) -> Block:
    columns = [(60.0, 79.0), (100.0, 206.0), (360.0, 387.0), (430.0, 450.0), (520.0, 535.0)]
    box = (60.0, top, 535.0, top + 15.0 * len(rows))
    return Block("table", box, "", rows=rows, columns=columns)


def _coin_list(first: list[list[str]], second: list[list[str]]) -> DocumentLayout:
    return one_page(
        _block("heading", 218, 38, ["HALLAM COINS"], 20),
        *_titles(106),
        _block("heading", 60, 129, ["GEORGE III 1760-1820"], 10.5),
        _coin_table(first, 145),
        _block("heading", 60, 206, ["VICTORIA 1837-1901"], 10.5),
        _coin_table(second, 222),
    )


def test_a_dealer_s_lines_are_named_by_description_and_date_and_priced_under_the_pound_sign() -> (
    None
):
    products = products_from_layout(_coin_list(COINS, MORE_COINS))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (f"{description} {date}", [ref], [price])
        for date, description, ref, _, price in COINS + MORE_COINS
    ]


def test_a_year_after_the_name_describes_it_and_stays_out_of_the_name() -> None:
    rows = [
        ["Vehicle", "Year", "Mileage", "Price"],
        ["Skoda Octavia Combi", "2019", "84 000 km", "€ 14.900"],
        ["Toyota Yaris Hybrid", "2021", "31 500 km", "€ 17.450"],
        ["Volvo V60 D4", "2018", "121 000 km", "€ 16.200"],
    ]
    table = Block("table", (40.0, 100.0, 555.0, 156.0), "", rows=rows)
    products = products_from_layout(one_page(table))
    assert [p.name for p in products] == [
        "Skoda Octavia Combi",
        "Toyota Yaris Hybrid",
        "Volvo V60 D4",
    ]


def test_a_chronology_and_a_report_s_years_give_no_products() -> None:
    chronology = [
        ["1837", "Accession of Queen Victoria", "Coronation the following year"],
        ["1851", "The Great Exhibition", "Hyde Park, London"],
        ["1887", "Golden Jubilee", "New coinage issued"],
        ["1897", "Diamond Jubilee", "Celebrations across the Empire"],
    ]
    report = [
        ["Year", "Revenue", "Operating profit", "Staff"],
        ["2021", "1,204", "143", "310"],
        ["2022", "1,388", "171", "334"],
        ["2023", "1,512", "190", "352"],
    ]
    for rows in (chronology, report):
        assert (
            products_from_layout(one_page(Block("table", (40, 100, 555, 170), "", rows=rows))) == []
        )


# --- a publisher's list in two columns of entries, lines level across the gutter ---------------


def _line(text: str, left: float, top: float, size: float) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(Word(token, x, top, x + 0.5 * size * len(token), top + 1.2 * size, size))
        x = words[-1].right + 0.3 * size
    return words


LEFT = [
    ("BACH, Johann Sebastian", "Six Partitas and Sonatas", "£14.50", "for violin solo", "ED 21512"),
    ("KREISLER, Fritz", "Liebesleid and Liebesfreud", "£18.95", "for violin and piano", "ED 21562"),
    ("MILLS, Harriet", "Northern Lights Suite", "£32.00", "for violin and piano", "ED 21587"),
    ("SATIE, Erik", "Gymnopédies and Gnossiennes", "£18.95", "for piano solo", "ED 21814"),
]
RIGHT = [
    ("FAURÉ, Gabriel", "Cantique de Jean Racine, Op. 11", "£14.50", "SATB and organ", "ED 22063"),
    ("ARNESEN, Kim André", "Magnificat for Upper Voices", "£18.95", "SSA and piano", "ED 22106"),
    ("TALLIS, Thomas", "If ye love me", "£24.95", "SATB a cappella", "ED 22115"),
    ("BRIGHT, Laura", "Carols from the Fells", "£12.50", "SATB and piano", "ED 22144"),
]


def _two_columns() -> list[Word]:
    words: list[Word] = []
    for left, entries in ((40.0, LEFT), (305.0, RIGHT)):
        for n, (composer, title, price, scoring, code) in enumerate(entries):
            # the right column out of step with the left: its entries start lower
            top = 110.0 + 50.0 * n + (0.0 if left < 300 else 31.0)
            words += _line(composer, left, top, 7.5)
            words += _line(title, left, top + 10, 9.0)
            words += _line(price, left + 222, top + 10, 9.0)
            words += _line(scoring, left, top + 21, 8.0)
            words += _line(f"{code} · ISMN 979-0-2201-1234-5 · 32 pp.", left, top + 31, 7.5)
    return sorted(words, key=lambda w: (w.top, w.left))


def _document(words: list[Word]) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = layout_words(words, [], [], 595, 842)
    return DocumentLayout([page])


def test_two_columns_of_entries_are_no_table() -> None:
    blocks = _document(_two_columns()).pages[0].blocks
    assert not [b for b in blocks if b.kind == "table"]


def test_a_publisher_s_entries_in_two_columns_are_products_by_their_titles() -> None:
    products = products_from_layout(_document(_two_columns()))
    assert sorted((p.name, p.prices) for p in products) == sorted(
        (title, [price]) for _, title, price, _, _ in LEFT + RIGHT
    )


def test_a_table_spanning_the_page_keeps_its_rows() -> None:
    words: list[Word] = []
    columns = (40.0, 110.0, 300.0, 380.0, 470.0)
    rows = [
        ("Code", "Description", "Size", "Colour", "Price"),
        ("BL-810", "Desk lamp", "45 cm", "black", "£39.00"),
        ("BL-811", "Floor lamp", "150 cm", "white", "£89.00"),
        ("BL-812", "Wall light", "20 cm", "brass", "£54.00"),
    ]
    for n, row in enumerate(rows):
        for x, cell in zip(columns, row, strict=True):
            words += _line(cell, x, 100.0 + 14.0 * n, 8.5)
    tables = [b for b in _document(words).pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and len(tables[0].rows or []) == 4


def test_a_reference_work_s_number_is_a_code_and_a_page_is_not() -> None:
    assert is_code("S.3926") and is_code("KM.1042")
    assert not is_code("S.123")  # a page ("S. 123" set tight)
    assert not is_code("Fig.1234") and not is_code("1887")


def test_a_dealer_s_lines_without_their_titles_are_still_coded_by_their_references() -> None:
    # a scan's OCR lost the titles' line: the references are codes by their shape alone
    table = _coin_table(COINS + MORE_COINS, 145)
    products = products_from_layout(one_page(table))
    assert [(p.name, p.codes) for p in products] == [
        (f"{description} {date}", [ref]) for date, description, ref, _, _ in COINS + MORE_COINS
    ]


def test_no_before_one_or_two_figures_numbers_a_work_not_a_code() -> None:
    assert CODE_LABEL.search("Sonata No. 1 in A major, Op. 13") is None
    assert CODE_LABEL.search("No. 5 Eau de Parfum") is None
    code = CODE_LABEL.search("No. 12345")
    assert code is not None and code.group("code") == "12345"
