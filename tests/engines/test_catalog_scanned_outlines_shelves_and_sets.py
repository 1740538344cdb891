"""The same forms as a scan's OCR reads them: a price list in decimal outline numbering whose
OCR lost a column title ("J.m.") and a column of units, saw no bold in its section headings,
read a heading and the row under it as one paragraph and a wrapped name's last line apart;
bottles on shelves that the figure finder takes for a photo or two across the line, with a
struck price read through its stroke and a size misread; tool sets whose contents' label and
first lines are one block, whose name is set larger but not bold, and whose price runs on
into the struck one. Each with the near miss that keeps its old outcome."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import PRICE
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block, source: str = "ocr") -> DocumentLayout:
    page = PageLayout(1, 595, 842, source=source)  # type: ignore[arg-type]
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _text(kind: str, box: tuple[float, float, float, float], lines: list[str], size: float = 8.0,
          bold: bool = False) -> Block:  # fmt: skip
    return Block(kind, box, " ".join(lines), font_size=size, bold=bold, lines=lines)  # type: ignore[arg-type]


COLUMNS = [(64.0, 84.0), (96.0, 254.0), (351.0, 369.0), (434.0, 470.0), (519.0, 555.0)]
NO_UNITS = [(64.0, 84.0), (96.0, 269.0), (434.0, 470.0), (519.0, 555.0)]
TITLES = [  # "J.m." over the units lost by the OCR
    _text("paragraph", (40, 79, 89, 88), ["Poz. / Naziv"], 7.5),
    _text("paragraph", (411, 79, 470, 88), ["Cena bez PDV"], 7.5),
    _text("paragraph", (502, 69, 555, 88), ["RSD", "Cena sa PDV"], 7.5),
]


def _table(top: float, rows: list[list[str]], columns: list[tuple[float, float]]) -> Block:
    return Block("table", (64, top, 555, top + 13 * len(rows)), "", rows=rows, columns=columns)


def _scanned_outline(titles: list[Block]) -> DocumentLayout:
    return _page(
        *titles,
        _text("list_item", (40, 97, 153, 108), ["1. ZIDNI MATERIJALI"], 10),
        _text("paragraph", (52, 114, 143, 124), ["1.1 Blokovi i opeke"], 8.5),
        _table(
            128,
            [
                ["1.1.1", "Giter blok 25 x 19 x 19 cm", "kom", "68,50", "82,20"],
                ["1.1.2", "Termo blok 38 x 25 x 23,8 cm, bruseni", "kom", "214,00", "256,80"],
                ["1.1.3", "Puna opeka 25 x 12 x 6,5 cm", "kom", "24,90", "29,88"],
            ],
            COLUMNS,
        ),
        _text("paragraph", (52, 172, 101, 182), ["1.2 Veziva"], 8.5),
        _table(  # the OCR lost the units ("džak")
            186,
            [
                ["1.2.1", "Hidratisani krec, dzak 25 kg", "520,00", "624,00"],
                ["1.2.2", "Maltering masinski MP 75, dzak 30 kg", "710,00", "852,00"],
                ["1.2.3", "Cement PC 20M(S-L) 42,5R, dzak 25 kg", "690,00", "828,00"],
            ],
            NO_UNITS,
        ),
        _text("list_item", (40, 225, 201, 236), ["2. ARMATURA"], 10),
        # the section's heading and the row under it read as one paragraph, the row's
        # position with a colon for a dot
        _text(
            "paragraph",
            (52, 241, 274, 270),
            ["2.1 Armatura", "2:1.1 Rebrasta armatura B500B 8 mm,", "sipka 12 m*"],
        ),
        _text("paragraph", (351, 253, 369, 262), ["kom"]),
        _text("paragraph", (442, 253, 470, 262), ["690,00"]),
        _text("paragraph", (527, 253, 555, 262), ["828,00"]),
        # a row whose name's last line the OCR read as a block of its own
        _text("paragraph", (64, 277, 278, 287), ["2.1.2 Rebrasta armatura B500B 12 mm, sipka 12"]),
        _text("paragraph", (96, 286, 108, 294), ["m*"]),
        _text("paragraph", (351, 277, 369, 287), ["kom"]),
        _text("paragraph", (435, 277, 470, 287), ["1.540,00"]),
        _text("paragraph", (520, 277, 555, 287), ["1.848,00"]),
        _table(
            300,
            [
                ["2.1.3", "Armaturna mreza Q188, 6 x 2,15 m", "kom", "5.490,00", "6.588,00"],
                ["2.1.4", "Paljena zica za vezivanje, kotur 25 kg", "kg", "245,00", "294,00"],
            ],
            COLUMNS,
        ),
    )


def test_a_scanned_outline_price_list_keeps_its_titles_and_rows_through_the_ocr_losses() -> None:
    products = products_from_layout(_scanned_outline(TITLES))
    names = [p.name for p in products]
    assert names[:3] == [
        "Giter blok 25 x 19 x 19 cm",
        "Termo blok 38 x 25 x 23,8 cm, bruseni",
        "Puna opeka 25 x 12 x 6,5 cm",
    ]
    assert "Maltering masinski MP 75, dzak 30 kg" in names  # its units lost, titles carried
    assert "Rebrasta armatura B500B 8 mm, sipka 12 m*" in names  # parted from its heading
    assert "Rebrasta armatura B500B 12 mm, sipka 12 m*" in names  # its last line joined
    assert "Paljena zica za vezivanje, kotur 25 kg" in names and len(products) == 10
    assert products[1].prices == ["214,00", "256,80"]
    # near miss: the same page under titles of a statement's figures (revenue, commission)
    statement = [
        _text("paragraph", (40, 79, 89, 88), ["Poz. / Naziv"], 7.5),
        _text("paragraph", (411, 79, 470, 88), ["Revenue"], 7.5),
        _text("paragraph", (502, 79, 555, 88), ["Commission"], 7.5),
    ]
    assert products_from_layout(_scanned_outline(statement)) == []


def _shelf(top: float, names: list[str], tickets: list[list[str]], photos: int) -> list[Block]:
    blocks = []
    for n, (name, ticket) in enumerate(zip(names, tickets, strict=True)):
        left = 50 + 103 * n
        blocks.append(_text("paragraph", (left, top, left + 80, top + 9), [name], 8.0))
        y = top + 157
        for line in ticket:
            size = 13.0 if PRICE.fullmatch(line) else 6.5
            blocks.append(_text("caption", (left, y, left + 60, y + size), [line], size))
            y += size + 2
    width = 103 * len(names) / photos
    blocks += [
        Block("figure", (40 + width * k, top + 40, 40 + width * (k + 1), top + 150), "")
        for k in range(photos)
    ]
    return blocks


SPIRITS = ["Karoo Droe Gin", "Hoeveld Rooibos-likeur", "Duinevlei Rum Donker", "Ou Kaapse Brandy"]
TICKETS = [
    ["R 289,99", "750 ml", "633719", "Was-R-319:99-"],  # the struck price read through its stroke
    ["R 179,99", "500 ml", "617861"],
    ["R 219,99", "11", "649339"],  # "1 l" misread
    ["R 239,99", "750 ml", "677482"],
]


def test_a_scanned_shelf_read_as_a_drawing_or_two_still_names_and_prices_its_items() -> None:
    products = products_from_layout(_page(*_shelf(351, SPIRITS, TICKETS, photos=2)))
    assert [p.name for p in products] == SPIRITS
    assert products[0].prices == ["R 289,99"] and products[0].codes == ["633719"]
    # near miss: a photo over each name is a grid of photos and captions, no shelf
    products = products_from_layout(_page(*_shelf(351, SPIRITS, TICKETS, photos=4)))
    assert [p.name for p in products] != SPIRITS
    # near miss: on a text layer, a drawing across the names is no shelf's either
    products = products_from_layout(_page(*_shelf(351, SPIRITS, TICKETS, photos=2), source="text"))
    assert [p.name for p in products] != SPIRITS


def _card(top: float, name: list[str], code: str, price: str, merged: bool) -> list[Block]:
    contents = [
        _text(
            "caption",
            (48, top + 89, 183, top + 131),
            ["Zawartosc zestawu:", "+ 10 nasadek 6-katnych 10-24 mm", "« grzechotka 72 zeby"],
            8.5,
        ),
        _text("list_item", (52, top + 132, 152, top + 141), ["• przedluzki 125 i 250 mm"], 8.5),
    ]
    if not merged:
        contents = [
            _text("paragraph", (48, top + 89, 183, top + 98), ["Zawartosc zestawu"], 8.5),
            _text(
                "paragraph",
                (48, top + 100, 183, top + 141),
                ["10 nasadek 6-katnych 10-24 mm", "grzechotka 72 zeby"],
                8.5,
            ),
        ]
    return [
        Block("figure", (48, top, 150, top + 78), "", image_index=0),
        *contents,
        _text("paragraph", (152, top + 3, 265, top + 3 + 12 * len(name)), name, 10.8),
        _text("paragraph", (152, top + 43, 217, top + 52), [code], 8.3),
        _text("heading", (51, top + 191, 182, top + 210), [price], 13.4),
    ]


def test_a_scanned_set_is_named_beside_its_photo_and_priced_at_the_foot_of_its_card() -> None:
    name = ["Zestaw kluczy", 'nasadowych 1/2" 24', "el."]
    card = _card(84, name, "Nr kat. ZN-55146", "389,00 zł 459,00", merged=True)
    products = products_from_layout(_page(*card))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ('Zestaw kluczy nasadowych 1/2" 24 el.', ["ZN-55146"], ["389,00 zł"])
    ]
    # near miss: text under the photo that is no list of contents (no label with a colon)
    card = _card(84, name, "Nr kat. ZN-55146", "389,00 zł 459,00", merged=False)
    assert all(
        p.name != 'Zestaw kluczy nasadowych 1/2" 24 el.' for p in products_from_layout(_page(*card))
    )


def _goods(titles: list[str]) -> DocumentLayout:
    rows = [
        titles,
        [
            "DK-AAR-01/1-12",
            "12 paller",
            "Mobler, spiseborde i eg, adskilte",
            "9403 60",
            "2880",
            "14,4",
        ],
        ["DK-AAR-01/13-20", "8 paller", "Stole, polstrede, stablede", "9401 61", "1040", "11,2"],
        ["DK-AAR-01/21-24", "4 kasser", "Lamper, gulv- og bordlamper", "9405 21", "310", "3,1"],
    ]
    return _page(Block("table", (33, 268, 561, 330), "", rows=rows))


def test_a_consignment_notes_goods_weighed_and_measured_in_their_titles_are_no_products() -> None:
    shipped = ["Maerker og nr.", "Emballage", "Godsets art", "Stat. nr.", "Bruttovaegt kg",
               "Rumfang m?"]  # fmt: skip
    assert products_from_layout(_goods(shipped)) == []
    # near miss: the same lines with a price column are an offer
    offered = ["Varenr.", "Emballage", "Godsets art", "Stat. nr.", "Vaegt kg", "Pris DKK"]
    assert len(products_from_layout(_goods(offered))) == 3
