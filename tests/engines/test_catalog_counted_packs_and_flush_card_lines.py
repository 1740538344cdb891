"""What an article comes in, counted: a price list's column of "90 tabletten", "25 ks" (a
figure and a repeated count word) is its sizes; a card's short size line set flush with its
name, left of a centred photo, belongs to that card. And the near cases that stay as they were."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

_ROWS = [
    ["2408863", "Vitamine D3 25 mcg", "90 tabletten", "€ 11,09"],
    ["2036489", "Magnesium citraat 400 mg", "60 tabletten", "€ 14,63"],
    ["2652286", "Visolie omega-3 1000 mg", "120 capsules", "€ 7,90"],
    ["2264244", "IJzer bisglycinaat 14 mg", "60 capsules", "€ 1,89"],
    ["2065502", "Douchegel gevoelige huid", "250 ml", "€ 9,68"],
]


def test_a_column_of_counted_packs_gives_each_row_its_size() -> None:
    products = products_from_layout(one_page(table(_ROWS)))
    assert [(p.name, p.sizes) for p in products] == [(r[1], [r[2]]) for r in _ROWS]


def test_a_column_of_lead_times_is_no_size() -> None:
    rows = [
        [*r[:2], lead, r[3]]
        for r, lead in zip(_ROWS, ["3 days", "5 days", "3 days", "2 days", "5 days"], strict=True)
    ]
    products = products_from_layout(one_page(table(rows)))
    assert [p.sizes for p in products] == [[]] * len(rows)


def test_a_column_of_different_words_after_figures_is_no_size() -> None:
    words = ["12 Oak", "40 Elm", "7 Ash", "19 Fir", "3 Yew"]  # a figure and a name each
    rows = [[*r[:2], w, r[3]] for r, w in zip(_ROWS, words, strict=True)]
    products = products_from_layout(one_page(table(rows)))
    assert all(not p.sizes for p in products)


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _line(box: tuple[float, float, float, float], text: str, kind: str = "paragraph") -> Block:
    return Block(kind, box, text, font_size=8.5, lines=[text])  # type: ignore[arg-type]


def _card(left: float, name: str, size: str, price: str, n: int) -> list[Block]:
    """A card `left`..`left`+150: its photo centred, its text flush 12 pt left of the photo;
    the size line, printed last, too short to reach under the photo."""
    return [
        Block("figure", (left + 12, 74, left + 137, 154), "", image_index=n),
        _line((left, 172, left + 137, 182), name, "caption"),
        _line((left, 222, left + 72, 250), price),
        _line((left, 185, left + 20, 193), size),
    ]


def test_a_short_size_line_flush_with_a_card_s_name_is_its_size() -> None:
    blocks = [
        *_card(48, "Pasta do zębów Total Whitening", "75 ml", "8,49 zł", 0),
        *_card(223, "Szampon Fructis do włosów", "400 ml", "12,99 zł", 1),
        *_card(398, "Balsam do ciała z masłem", "250 ml", "11,49 zł", 2),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.sizes) for p in products] == [
        ("Pasta do zębów Total Whitening", ["75 ml"]),
        ("Szampon Fructis do włosów", ["400 ml"]),
        ("Balsam do ciała z masłem", ["250 ml"]),
    ]


def test_a_line_flush_with_a_card_s_text_far_below_its_photo_stays_apart() -> None:
    blocks = [
        *_card(48, "Pasta do zębów Total Whitening", "75 ml", "8,49 zł", 0),
        _line((48, 400, 68, 408), "500 ml"),  # far under the card: another's, not this one's
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.sizes) for p in products] == [("Pasta do zębów Total Whitening", ["75 ml"])]
