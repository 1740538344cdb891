"""Titled entries whose bold name wraps at the entry's width: a cake leaflet's entries set
centred, the name broken where its next word would not fit beside it in the width of the
entry's detail lines, is one name ("Schwarzwälder" over "Kirschtorte"); a title whose first
line leaves room for the next line's first word set that line apart (a name over its
tagline), and the name is its first line."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

CHAR = 5.0  # points a title's glyph is wide
DETAIL_WIDTH = 126.0  # points the entries' detail lines run to


def _entry(
    index: int, left: float, top: float, title: list[str], code: str, price: str, whole: str
) -> list[Block]:
    """A photo over a title centred over its entry's detail lines (the code line the widest),
    the price of a slice and of the whole cake."""
    middle = left + DETAIL_WIDTH / 2
    half = CHAR * max(len(line) for line in title) / 2
    bottom = top + 10 * len(title)
    return [
        Block("figure", (middle - 18, top - 44, middle + 18, top - 8), "", image_index=index),
        Block(
            "caption",
            (middle - half, top, middle + half, bottom),
            " ".join(title),
            font_size=8.5,
            bold=True,
            lines=title,
        ),
        Block(
            "paragraph",
            (left, bottom + 2, left + DETAIL_WIDTH, bottom + 10),
            f"Art.-Nr. {code} · Ø 26 cm · 16 Stück",
            font_size=6.8,
            lines=[f"Art.-Nr. {code} · Ø 26 cm · 16 Stück"],
        ),
        Block(
            "paragraph",
            (middle - 24, bottom + 12, middle + 24, bottom + 21),
            f"Stück {price}",
            font_size=7.5,
            lines=[f"Stück {price}"],
        ),
        Block(
            "heading",
            (middle - 42, bottom + 22, middle + 42, bottom + 31),
            f"ganze Torte {whole}",
            font_size=7.5,
            bold=True,
            lines=[f"ganze Torte {whole}"],
        ),
    ]


LETTERHEAD = [
    "Konditorei Brandl",
    "Marktplatz 7 · 94032 Passau",
    "Ganze Torten bitte vorher bestellen",
]
NOTE = [
    "Lieferung im Stadtgebiet 9,50 €, ab 3 ganzen Torten frei.",
    "Beschriftung mit Namen oder Glückwunsch 4,00 €.",
    "Alle Preise inkl. MwSt.; Allergenliste an der Theke.",
]


def _names(titles: list[list[str]]) -> list[str]:
    """The names of a leaflet's entries titled so, under its letterhead, over its note."""
    blocks = [
        Block("heading", (200, 40, 400, 60), LETTERHEAD[0], font_size=20, bold=True),
        Block("paragraph", (170, 64, 430, 88), " ".join(LETTERHEAD[1:]), lines=LETTERHEAD[1:]),
    ]
    for n, title in enumerate(titles):
        left, top = 40 + 180 * (n % 3), 100 + 120 * (n // 3)
        blocks += _entry(n, left, top + 50, title, f"KT-41{n}", f"3,{n}0 €", f"4{n},00 €")
    blocks.append(Block("paragraph", (60, 700, 530, 730), " ".join(NOTE), lines=NOTE))
    return sorted(p.name for p in products_from_layout(one_page(*blocks)))


def test_a_bold_name_wrapped_at_its_entry_s_width_is_one_name() -> None:
    names = _names(
        [
            ["Schwarzwälder", "Kirschtorte"],
            ["Schokoladentarte mit", "Fleur de Sel"],
            ["Mohnkuchen mit", "Streuseln"],
            ["Sachertorte"],
        ]
    )
    assert names == [
        "Mohnkuchen mit Streuseln",
        "Sachertorte",
        "Schokoladentarte mit Fleur de Sel",
        "Schwarzwälder Kirschtorte",
    ]


def test_a_title_s_first_line_with_room_for_the_next_word_is_the_name() -> None:
    """Control: "Linzer Torte" leaves room for "Hausrezept" beside it: the line under it was
    set apart (a tagline), the name is the first line; so is a name over a line with a code."""
    names = _names(
        [
            ["Linzer Torte", "Hausrezept"],
            ["Bienenstich", "Nr. 4471"],
            ["Zitronentarte", "Sommer"],
            ["Sachertorte"],
        ]
    )
    assert names == ["Bienenstich", "Linzer Torte", "Sachertorte", "Zitronentarte"]
