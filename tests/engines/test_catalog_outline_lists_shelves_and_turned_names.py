"""Forms whose products were lost or misnamed: a builders' price list in decimal outline
numbering (titles set once at the top, "Poz. / Naziv" over two columns, prices without and
with VAT, rows wrapped over two lines left out of the tables), tool sets whose contents are
bulleted under the photo and whose name and number stand beside it, bottles drawn on shelves
named over them and priced by tickets on the shelf's edge, skis named by text turned along
them over a table of their details; and a sales rep's commission statement whose totals are
rounded. Each with the near miss that keeps its old outcome."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import PRICE, is_name
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document


def _page(*blocks: Block, turned: list[Block] | None = None) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    page.turned = turned or []
    return DocumentLayout([page])


def _text(kind: str, box: tuple[float, float, float, float], lines: list[str], size: float = 8.0,
          bold: bool = False) -> Block:  # fmt: skip
    return Block(kind, box, " ".join(lines), font_size=size, bold=bold, lines=lines)  # type: ignore[arg-type]


COLUMNS = [(64.0, 84.0), (96.0, 270.0), (351.0, 369.0), (434.0, 470.0), (519.0, 555.0)]
TITLES = [
    _text("paragraph", (40, 79, 89, 88), ["Poz. / Naziv"], 7.5, True),
    _text("paragraph", (351, 79, 368, 88), ["J.m."], 7.5, True),
    _text("paragraph", (411, 79, 470, 88), ["Cena bez PDV"], 7.5, True),
    _text("paragraph", (502, 69, 555, 88), ["RSD", "Cena sa PDV"], 7.5, True),
]


def _outline_table(top: float, rows: list[list[str]]) -> Block:
    return Block("table", (64, top, 555, top + 12.75 * len(rows)), "", rows=rows, columns=COLUMNS)


def _outline_list(titles: list[Block]) -> DocumentLayout:
    return _page(
        *titles,
        _text("list_item", (40, 97, 153, 108), ["1. ZIDNI MATERIJALI"], 10, True),
        _text("heading", (52, 114, 143, 124), ["1.1 Blokovi i opeke"], 8.5, True),
        _outline_table(
            128,
            [
                ["1.1.1", "Giter blok 25 × 19 × 19 cm", "kom", "68,50", "82,20"],
                ["1.1.2", "Termo blok 38 × 25 × 23,8 cm, brušeni", "kom", "214,00", "256,80"],
                ["1.1.3", "Puna opeka 25 × 12 × 6,5 cm", "kom", "24,90", "29,88"],
            ],
        ),
        _text("list_item", (40, 180, 201, 191), ["2. ARMATURA"], 10, True),
        _text("heading", (52, 196, 139, 206), ["2.1 Armatura"], 8.5, True),
        # a row whose name wraps: the table finder leaves it out, position and name one block
        _text(
            "paragraph",
            (64, 210, 274, 229),
            ["2.1.1 Rebrasta armatura B500B Ø 8 mm,", "šipka 12 m*"],
        ),
        _text("paragraph", (351, 210, 369, 219), ["kom"]),
        _text("paragraph", (442, 210, 470, 219), ["690,00"]),
        _text("paragraph", (527, 210, 555, 219), ["828,00"]),
        _outline_table(
            234,
            [
                ["2.1.2", "Armaturna mreža Q188, 6 × 2,15 m", "kom", "5.490,00", "6.588,00"],
                ["2.1.3", "Paljena žica za vezivanje, kotur 25 kg", "kg", "245,00", "294,00"],
            ],
        ),
    )


def test_an_outline_numbered_price_list_titled_once_gives_every_item_with_both_prices() -> None:
    products = products_from_layout(_outline_list(TITLES))
    names = [p.name for p in products]
    assert names[:3] == [
        "Giter blok 25 × 19 × 19 cm",
        "Termo blok 38 × 25 × 23,8 cm, brušeni",
        "Puna opeka 25 × 12 × 6,5 cm",
    ]
    assert "Rebrasta armatura B500B Ø 8 mm, šipka 12 m*" in names
    assert "Paljena žica za vezivanje, kotur 25 kg" in names and len(products) == 6
    assert products[1].prices == ["214,00", "256,80"] and not products[1].codes
    # near miss: the same rows under titles of a statement's figures (revenue, commission)
    statement = [
        _text("paragraph", (40, 79, 89, 88), ["Poz. / Naziv"], 7.5, True),
        _text("paragraph", (351, 79, 368, 88), ["J.m."], 7.5, True),
        _text("paragraph", (411, 79, 470, 88), ["Revenue"], 7.5, True),
        _text("paragraph", (502, 79, 555, 88), ["Commission"], 7.5, True),
    ]
    assert products_from_layout(_outline_list(statement)) == []


def _card(top: float, name: list[str], code: str, price: str) -> list[Block]:
    return [
        Block("figure", (48, top, 144, top + 78), "", image_index=0),
        _text("caption", (48, top + 89, 132, top + 98), ["Zawartość zestawu:"], 7.5, True),
        _text(
            "list_item", (52, top + 101, 183, top + 110), ["• 10 nasadek 6-kątnych 10-24 mm"], 7.5
        ),
        _text("list_item", (52, top + 112, 133, top + 120), ["• grzechotka 72 zęby"], 7.5),
        _text("list_item", (52, top + 122, 152, top + 131), ["• przedłużki 125 i 250 mm"], 7.5),
        _text("paragraph", (152, top + 3, 265, top + 3 + 11.7 * len(name)), name, 10, True),
        _text("paragraph", (152, top + 43, 217, top + 52), [code], 7.5),
        _text("paragraph", (50, top + 191, 133, top + 210), [price], 16, True),
    ]


def test_a_set_is_named_beside_its_photo_and_its_contents_listed_under_it_are_no_name() -> None:
    card = _card(
        84, ["Zestaw kluczy", 'nasadowych 1/2" 24', "el."], "Nr kat. ZN-55146", "389,00 zł"
    )
    products = products_from_layout(_page(*card))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ('Zestaw kluczy nasadowych 1/2" 24 el.', ["ZN-55146"], ["389,00 zł"])
    ]
    # near miss: without a code beside the photo, the text beside names nothing of its own
    card = _card(84, ["Zestaw kluczy", 'nasadowych 1/2" 24', "el."], "Polecamy", "389,00 zł")
    assert all(
        p.name != 'Zestaw kluczy nasadowych 1/2" 24 el.' for p in products_from_layout(_page(*card))
    )


def test_a_name_may_end_in_a_count_and_its_abbreviated_unit_but_not_in_a_sentence() -> None:
    assert is_name('Zestaw kluczy nasadowych 1/2" 24 el.')
    assert is_name("Bit set 40 pcs.")
    assert not is_name("Delivered within three days.")
    assert not is_name("Delivered in 3 working days.")


def _shelf(top: float, names: list[str], tickets: list[list[str]]) -> list[Block]:
    blocks = []
    for n, (name, ticket) in enumerate(zip(names, tickets, strict=True)):
        left = 50 + 103 * n
        blocks.append(_text("heading", (left, top, left + 80, top + 9), [name], 7.5, True))
        y = top + 157
        for line in ticket:
            size = 13.0 if PRICE.fullmatch(line) else 6.5
            blocks.append(_text("paragraph", (left, y, left + 60, y + size), [line], size))
            y += size + 2
    return blocks


SPIRITS = [
    "Karoo Droë Gin",
    "Hoëveld Rooibos-likeur",
    "Duinevlei Rum Donker",
    "Ou Kaapse Brandewyn",
]


def test_items_drawn_on_a_shelf_are_named_over_it_and_priced_by_the_ticket_under_it() -> None:
    tickets = [
        ["R 289,99", "750 ml", "633719", "Was R 319,99"],
        ["R 179,99", "500 ml", "617861"],
        ["R 219,99", "750 ml", "649339"],
        ["R 239,99", "750 ml", "677482"],
    ]
    products = products_from_layout(_page(*_shelf(351, SPIRITS, tickets)))
    assert [p.name for p in products] == SPIRITS
    assert products[0].prices == ["R 289,99", "R 319,99"] and products[0].codes == ["633719"]
    assert products[1].sizes == ["500 ml"]
    # near miss: names over lines of prose far below them (a poster's captions) are no shelf
    prose = [["Served at weddings"], ["A family recipe"], ["Aged in oak"], ["Since 1921"]]
    assert products_from_layout(_page(*_shelf(351, SPIRITS, prose))) == []
    # near miss: a word repeated along the line (a date on each door) names no items
    dates = ["december", "december", "december", "december"]
    assert products_from_layout(_page(*_shelf(351, dates, tickets))) == []
    # near miss: the line of "names" is each card's copy under its bold title (an advent
    # calendar's doors): the titles name the items, the copy must not
    copy = ["Sojavoks, 40 timer", "Kortlægning, app", "Fleecefor, str. S-XL", "Dobbeltvægget"]
    titles = [
        _text("heading", (50 + 103 * n, 338, 130 + 103 * n, 347), [name], 7.5, True)
        for n, name in enumerate(SPIRITS)
    ]
    carded = products_from_layout(_page(*titles, *_shelf(351, copy, tickets)))
    assert not {p.name for p in carded} & set(copy)


def test_the_rand_leads_its_amount_with_cents_but_a_rim_size_is_no_price() -> None:
    assert PRICE.fullmatch("R 64,99") and PRICE.fullmatch("R1 299.00")
    assert not PRICE.search("185/65 R15 88H") and not PRICE.search("R 16")


SKIS = ["Vertex Ridge 78", "Vertex Ridge 84 Ti", "Nordkamm Allrounder 80"]
SKI_COLUMNS = [(49.0, 170.0), (180.0, 300.0), (310.0, 430.0)]


def _skis(rows: list[list[str]]) -> DocumentLayout:
    turned = [
        Block("caption", (90 + 130 * n, 280, 102 + 130 * n, 388), name, font_size=11, lines=[name])
        for n, name in enumerate(SKIS)
    ]
    grid = Block("table", (49, 429, 430, 429 + 14 * len(rows)), "", rows=rows, columns=SKI_COLUMNS)
    return _page(grid, turned=turned)


def test_skis_are_named_by_the_text_turned_along_them_over_their_columns_of_details() -> None:
    rows = [
        ["Ti lemez, kezdő-haladó", "Két Titanal réteg", "Fa mag, rocker orr"],
        ["156 cm · 163 cm · 170 cm", "163 cm · 170 cm · 177 cm", "152 cm · 160 cm · 168 cm"],
        ["Cikkszám: SK-20438", "Cikkszám: SK-27421", "Cikkszám: SK-28511"],
        ["139 990 Ft", "219 990 Ft", "159 990 Ft"],
        ["", "249 990 Ft", ""],
    ]
    products = sorted(products_from_layout(_skis(rows)), key=lambda p: p.bbox[0])
    assert [p.name for p in products] == SKIS
    assert products[1].codes == ["SK-27421"]
    assert products[1].prices == ["219 990 Ft", "249 990 Ft"]
    assert products[1].sizes == ["163 cm", "170 cm", "177 cm"]
    # near miss: turned labels over a table of bare figures (a chart's axis) name nothing
    figures = [["12", "14", "9"], ["3,5", "4,1", "2,2"], ["0,8", "0,9", "0,7"]]
    assert products_from_layout(_skis(figures)) == []


def test_the_layout_keeps_text_turned_against_the_page_apart_as_phrases(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(60, 80, "Ski catalogue 2026, all prices include VAT")
    with pdf.rotation(90, 200, 400):
        pdf.text(200, 400, "Vertex Ridge 84 Ti")
    path = tmp_path / "skis.pdf"
    pdf.output(str(path))
    page = analyse_document(path).pages[0]
    assert [b.text for b in page.turned] == ["Vertex Ridge 84 Ti"]
    assert "Vertex" not in page.text  # the upright text's blocks stay as they were
    assert PageLayout.from_dict(page.to_dict()).turned[0].text == "Vertex Ridge 84 Ti"


def test_a_statement_whose_total_adds_up_rounded_amounts_gives_no_products() -> None:
    rows = [
        ["Cikkszám", "Termék", "Eladott db", "Nettó forgalom Ft", "Jutalék %", "Jutalék Ft"],
        ["CS-0412", "Dugókulcs készlet 24 részes", "42", "628 016", "5,0", "31 401"],
        ["CS-1187", "Akkus fúrócsavarozó 18 V szett", "18", "609 307", "4,0", "24 372"],
        ["CS-1190", "Sarokcsiszoló 125 mm 1100 W", "25", "491 929", "4,0", "19 677"],
        ["CS-2210", "Csavarhúzó készlet 32 részes", "63", "396 354", "6,0", "23 781"],
        ["", "Összesen", "", "2 125 606", "", "99 232"],
    ]
    grid = Block("table", (40, 129, 555, 129 + 14 * len(rows)), "", rows=rows)
    assert products_from_layout(_page(grid)) == []
    # near miss: a last row that adds nothing up is an article like the others
    rows[-1] = ["CS-5118", "Fejlámpa LED 300 lm", "57", "268 843", "8,0", "21 507"]
    grid = Block("table", (40, 129, 555, 129 + 14 * len(rows)), "", rows=rows)
    names = {p.name for p in products_from_layout(_page(grid))}
    assert {"Fejlámpa LED 300 lm", "Dugókulcs készlet 24 részes"} <= names
