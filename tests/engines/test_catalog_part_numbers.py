"""A maker's accessory pages: per accessory a photo, its name, "Part no. 5H0 071 151 A" (a part
number set in short groups, as car makers and parts suppliers print them), what it fits, a
fitting charge and, apart at the row's right edge, its price; and the look-alikes (a code's
label followed by a quantity, a row of two cards) where neither rule may fire."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import CODE_LABEL
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _codes(text: str) -> list[str]:
    return [m.group("code") for m in CODE_LABEL.finditer(text)]


def test_a_part_number_in_short_groups_is_one_code() -> None:
    assert _codes("Part no. 5H0 071 151 A") == ["5H0 071 151 A"]
    assert _codes("Part no. 6S4 037 406 D") == ["6S4 037 406 D"]
    assert _codes("Art.-Nr. 0 986 494 123") == ["0 986 494 123"]
    assert _codes("Ref. 1K0 698 151") == ["1K0 698 151"]


def test_groups_after_a_code_that_are_no_part_of_it_stay_out() -> None:
    assert _codes("Art. 4711 5 10 kg") == ["4711"]  # a count and a weight after the code
    assert _codes("Item no. 12 3 pcs") == ["12"]
    assert _codes("Art. 4711 12,50 €") == ["4711"]  # its price
    assert _codes("Order no.: 2139-770") == ["2139-770"]
    # a code in lower case is no maker's part number in groups: only its first token
    assert _codes("part no. 6s4 037 406 d") == ["6s4"]


def test_a_mark_read_between_a_code_s_label_and_its_code_is_no_code() -> None:
    """A scan's spec icon read as one character right after the label ("Art.nr 2 23-1280"):
    the code is the dashed number after it. Controls: a code in groups starting with one
    figure, and one figure after the label with no dashed number after it, stay as they were."""
    assert _codes("Art.nr 2 23-1280") == ["23-1280"]
    assert _codes("Ref. a LI-14063") == ["LI-14063"]
    assert _codes("Art.-Nr. 0 986 494 123") == ["0 986 494 123"]
    assert _codes("Item 4 of 12") == ["4"]
    assert _codes("Art. 4711 5 10 kg") == ["4711"]


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _line(kind: str, left: float, top: float, text: str, size: float = 8.5) -> Block:
    box = (left, top, left + 0.5 * size * len(text), top + 1.2 * size)
    return Block(kind, box, text, font_size=size, lines=[text])  # type: ignore[arg-type]


def _accessory(top: float, n: int, name: str, code: str, price: str | None) -> list[Block]:
    blocks = [
        Block("figure", (40, top, 220, top + 135), "", image_index=n),
        _line("heading", 240, top + 3, name, 12),
        _line("paragraph", 240, top + 22, f"Part no. {code}"),
        _line("paragraph", 240, top + 41, "Fits:", 7.5),
        _line("list_item", 240, top + 53, "• Corvo Hatch (2020-)", 7.5),
        _line("paragraph", 240, top + 111, "Fitting from £45.00", 7.5),
    ]
    if price:
        blocks.append(_line("heading", 491, top + 105, price, 14))
    return blocks


def test_the_price_set_apart_at_a_list_row_s_right_edge_is_the_part_s() -> None:
    page = _page(
        *_accessory(64, 0, "Roof bars, aluminium, lockable", "6S4 037 406 D", "£249.00"),
        *_accessory(244, 1, "Bicycle carrier for roof bars", "6S3 021 801 E", "£119.00"),
    )
    assert [(p.name, p.codes, p.prices) for p in products_from_layout(page)] == [
        ("Roof bars, aluminium, lockable", ["6S4 037 406 D"], ["£249.00"]),
        ("Bicycle carrier for roof bars", ["6S3 021 801 E"], ["£119.00"]),
    ]


def test_a_price_beyond_another_photo_in_the_row_is_not_the_first_card_s() -> None:
    # two cards in one row: the first prints no price, the second's is right of its own text
    first = [
        Block("figure", (40, 64, 140, 164), "", image_index=0),
        _line("heading", 150, 67, "Roof bars", 12),
        _line("paragraph", 150, 86, "Part no. 6S4 037 406 D"),
    ]
    second = [
        Block("figure", (300, 64, 400, 164), "", image_index=1),
        _line("heading", 410, 67, "Roof box", 12),
        _line("paragraph", 410, 86, "Part no. 2K5 037 512 B"),
        _line("heading", 500, 150, "£499.00", 14),
    ]
    products = {p.name: p.prices for p in products_from_layout(_page(*first, *second))}
    assert products.get("Roof bars") == []
