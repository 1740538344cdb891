"""A catalogue in running text: per paragraph two or three entries, each opening with its name
and a dash, closing with its packet, price and code ("Tomato 'Sungold' F1 – … Packet of 10
seeds £3.25, code T114. Tomato 'Black Krim' – …"); the paragraph's bold head names only its
first. Each entry is a product with its own code, prices and packets; notes set under the
last paragraph ("Postage is £1.95") are none of its prices. Controls: a paragraph of one entry
whose later sentence is set like a name and a dash but states no price stays one product, and
a paragraph of one entry stays as it was."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

PARAGRAPHS = [
    (
        "Tomato 'Sungold' F1",
        [
            "Tomato 'Sungold' F1 – The sweetest orange cherry we",
            "grow, heavy trusses from July. Packet of 10",
            "seeds £3.25, code T114. Tomato 'Black Krim' –",
            "A Crimean beefsteak, dusky red-brown. Packet of 15 seeds",
            "£3.10, or 50 seeds £7.95, code T131.",
        ],
    ),
    (
        "Runner Bean 'Firestorm'",
        [
            "Runner Bean 'Firestorm' – Self-setting, red-flowered",
            "and stringless. Packet of 40 seeds £3.45, code B210.",
        ],
    ),
    (
        "Lettuce 'Little Gem'",
        [
            "Lettuce 'Little Gem' – Crisp, sweet, compact hearts,",
            "ready in ten weeks. Packet of 1000 seeds £1.95, code",
            "L402. Rocket 'Wildfire' – Deeply lobed, peppery leaves",
            "slow to bolt. Packet of 2 g £2.25, or 10 g £6.50, code",
            "L417.",
        ],
    ),
]


def _page(paragraphs: list[tuple[str, list[str]]]) -> list[Block]:
    blocks = []
    top = 100.0
    for head, lines in paragraphs:
        box = (40.0, top, 290.0, top + 13 * len(lines))
        blocks.append(
            Block("paragraph", box, " ".join(lines), font_size=10.5, lines=lines, head=head)
        )
        top += 13 * len(lines) + 8
    notes = ["How to order: quote each variety's code.", "Postage is £1.95 on seed orders."]
    box = (40.0, top + 10, 290.0, top + 36)
    blocks.append(Block("paragraph", box, " ".join(notes), font_size=8, lines=notes))
    return blocks


def test_entries_run_on_in_a_paragraph_are_products_each() -> None:
    products = products_from_layout(one_page(*_page(PARAGRAPHS)))
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        ("Tomato 'Sungold' F1", ["T114"], ["£3.25"], ["10 seeds"]),
        ("Tomato 'Black Krim'", ["T131"], ["£3.10", "£7.95"], ["15 seeds", "50 seeds"]),
        ("Runner Bean 'Firestorm'", ["B210"], ["£3.45"], ["40 seeds"]),
        ("Lettuce 'Little Gem'", ["L402"], ["£1.95"], ["1000 seeds"]),
        ("Rocket 'Wildfire'", ["L417"], ["£2.25", "£6.50"], ["2 g", "10 g"]),
    ]


def test_a_sentence_set_like_a_name_without_a_price_starts_no_entry() -> None:
    one = (
        "Tomato 'Sungold' F1",
        [
            "Tomato 'Sungold' F1 – The sweetest orange cherry we",
            "grow, heavy trusses. Packet of 10 seeds £3.25, code T114.",
            "Grow it under glass. Cordon training – remove the",
            "side shoots.",
        ],
    )
    bean = (
        "French Bean 'Cobra'",
        ["French Bean 'Cobra' – A climbing bean with violet", "flowers. Packet of 50 seeds £2.95."],
    )
    products = products_from_layout(one_page(*_page([one, PARAGRAPHS[1], bean])))
    assert [(p.name, p.prices) for p in products] == [
        ("Tomato 'Sungold' F1", ["£3.25"]),
        ("Runner Bean 'Firestorm'", ["£3.45"]),
        ("French Bean 'Cobra'", ["£2.95"]),
    ]
