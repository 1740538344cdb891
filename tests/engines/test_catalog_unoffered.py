"""Tables that look like price lists but offer nothing: an exchange-rate board, a quote table,
a timetable, a drawing's parts legend yield no products; price lists with rate or change
columns, prices in named currencies, days and times, or a quantity column still do."""

from __future__ import annotations

from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.unoffered import (
    presents_a_parts_legend,
    presents_market_data,
    timetable_blocks,
)
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> PageLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return page


def _products(*blocks: Block) -> list:
    return products_from_layout(DocumentLayout([_page(*blocks)]))


def _text(text: str, top: float, kind: str = "paragraph") -> Block:
    return Block(kind, (40.0, top, 300.0, top + 12.0), text)  # type: ignore[arg-type]


FX_ROWS = [
    ["Euro", "EUR", "1 GBP", "1.2158", "1.1126"],
    ["US dollar", "USD", "1 GBP", "1.3217", "1.2133"],
    ["Swiss franc", "CHF", "1 GBP", "1.1633", "1.0747"],
    ["Japanese yen", "JPY", "1 GBP", "199.45", "183.25"],
    ["Polish zloty", "PLN", "1 GBP", "5.1925", "4.8915"],
    ["Czech koruna", "CZK", "1 GBP", "30.1608", "28.0672"],
]


def test_an_exchange_rate_board_offers_no_products() -> None:
    board = _table([["Currency", "Code", "Unit", "We buy", "We sell"], *FX_ROWS])
    assert presents_market_data(board)
    assert _products(_text("Foreign exchange rates", 40, "heading"), board) == []


def test_an_exchange_rate_board_read_by_ocr_offers_no_products() -> None:
    # a scan's OCR misread its unit on some rows ("1GBP" beside "1 GBP"): still one unit
    rows = [[*r[:2], "1GBP" if n % 2 else "1 GBP", *r[3:]] for n, r in enumerate(FX_ROWS)]
    board = _table([["Currency", "Code", "Unit", "We buy", "We sell"], *rows])
    assert presents_market_data(board)
    assert _products(board) == []


def test_a_share_quote_table_offers_no_products() -> None:
    quotes = _table(
        [
            ["Company", "Code", "Last", "Change", "% Chg"],
            ["Northwind Holdings", "NWH-2231", "142.35", "+1.25", "+0.88%"],
            ["Contoso Energy", "CTE-4410", "38.12", "-0.42", "-1.09%"],
            ["Fabrikam Steel", "FBS-1187", "12.70", "+0.05", "+0.40%"],
            ["Tailspin Air", "TSA-9034", "7.415", "-0.135", "-1.79%"],
        ]
    )
    assert presents_market_data(quotes)
    assert _products(quotes) == []


def test_a_weekly_timetable_offers_no_products() -> None:
    # a class's week read from a scan, one table per day (the table finder split the grid by
    # rows; breaks and OCR noise make blank and stray cells), the periods' times above it
    times = [_text(t, 90 + k * 0.1, "heading") for k, t in enumerate(("08:50", "09:45", "11:00"))]
    days = []
    for k, day in enumerate(("Monday", "Tuesday", "Wednesday")):
        days.append(
            _table(
                [
                    [day, "", "PE", "Geography", "Art", "Art", "English", "Art"],
                    ["", "[", "DGR", "CWN", "SBR", "SBR", "RPA", "SBR"],
                    ["", "'", "GYM", "G07", "A02", "A02", "E04", "A02"],
                ],
                top=120 + k * 60,
            )
        )
    page = _page(*times, *days)
    assert timetable_blocks(page) == {3, 4, 5}
    assert products_from_layout(DocumentLayout([page])) == []


def test_a_days_timetable_down_the_clock_offers_no_products() -> None:
    day = _table(
        [
            ["Time", "Subject", "Room", "Teacher"],
            ["08:30", "Maths", "B204", "Mr Khan"],
            ["09:25", "English literature", "E104", "Ms Pratt"],
            ["10:20", "Chemistry", "L103", "Dr Lee"],
            ["11:15", "German", "F202", "Mrs Duval"],
        ]
    )
    assert timetable_blocks(_page(day)) == {0}
    assert _products(day) == []


LEGEND = [
    ["It", "Part", "Qty"],
    ["", "Housing cover", "1"],
    ["", "Gasket", "1"],
    ["", "Impeller", "1"],
    ["", "Bearing 6202", "2"],
    ["", "Bolt M6 x 25", "6"],
    ["", "O-ring 42 x 3", "1"],
]


def test_a_drawings_parts_legend_offers_no_products() -> None:
    # its callout numbers lost to the scan: names and counts only
    legend = _table(LEGEND)
    assert presents_a_parts_legend(legend)
    assert _products(_text("Coolant pump - exploded view", 40, "heading"), legend) == []


def test_a_legend_with_torques_beside_it_offers_no_products() -> None:
    rows = [["F4 o", "Part", "Qty", "Tightening torques"]]
    rows += [["", "Housing cover", "", "Bolts (9) to housing: 10 Nm"]]
    rows += [["", "Gasket", "", "Pulley (8) nut: 25 Nm"], ["", "Impeller", "", ""]]
    rows += [["", "Shaft seal", "", ""], ["", "Bearing 6202", "", ""]]
    rows += [["= 0 N O", "Drive shaft Pump housing", "", ""], ["", "Pulley", "", ""]]
    rows += [["", "Bolt M6 x 25", "", ""], ["0", "O-ring 42 x 3", "", ""]]
    assert _products(_table(rows)) == []


# --- look-alikes that are price lists ---------------------------------------------------------


def _names(*blocks: Block) -> list[str]:
    return [p.name for p in _products(*blocks)]


def test_a_hire_list_priced_by_daily_and_weekly_rates_keeps_its_products() -> None:
    hire = _table(
        [
            ["Equipment", "Code", "Daily rate", "Weekly rate"],
            ["Mini excavator", "HX-1040", "£145.00", "£580.00"],
            ["Plate compactor", "HX-2210", "£38.00", "£152.00"],
            ["Tile saw", "HX-3105", "£29.50", "£118.00"],
        ]
    )
    assert not presents_market_data(hire)
    assert {"Mini excavator", "Plate compactor", "Tile saw"} <= set(_names(hire))


def test_a_price_list_showing_each_prices_change_keeps_its_products() -> None:
    changes = _table(
        [
            ["Product", "Item no.", "Price", "Change"],
            ["Olive oil 1 l", "40211", "€8.90", "+2.5%"],
            ["Basmati rice 5 kg", "40318", "€12.40", "-1.0%"],
            ["Tomato passata", "40402", "€1.85", "+0.5%"],
        ]
    )
    assert not presents_market_data(changes)
    assert len(_names(changes)) == 3


def test_a_list_priced_in_two_currencies_keeps_its_products() -> None:
    prices = _table(
        [
            ["Article", "Code", "EUR", "USD"],
            ["Desk lamp Arco", "LM-2041", "49.90", "54.90"],
            ["Floor lamp Tall", "LM-2042", "89.00", "97.50"],
            ["Wall lamp Duo", "LM-2043", "39.50", "43.40"],
        ]
    )
    assert not presents_market_data(prices)
    assert len(_names(prices)) == 3


def test_a_bullion_dealers_buy_and_sell_prices_in_pounds_keep_their_products() -> None:
    coins = _table(
        [
            ["Description", "Code", "We buy", "We sell"],
            ["Britannia 1 oz gold", "BR-1001", "£1,912.40", "£2,010.75"],
            ["Sovereign gold", "SV-2002", "£472.10", "£498.30"],
            ["Krugerrand 1 oz", "KR-3003", "£1,905.00", "£2,004.20"],
        ]
    )
    assert not presents_market_data(coins)
    assert len(_names(coins)) == 3


def test_a_course_list_with_days_and_times_and_prices_keeps_its_products() -> None:
    courses = _table(
        [
            ["Course name", "Code", "Day", "Time", "Price"],
            ["Beginners yoga", "YG-101", "Monday", "18:30", "€60.00"],
            ["Pottery wheel", "PT-204", "Wednesday", "19:00", "€85.00"],
            ["Watercolour basics", "WC-310", "Friday", "10:00", "€70.00"],
        ]
    )
    assert timetable_blocks(_page(courses)) == set()
    assert len(_names(courses)) == 3


def test_a_spare_parts_list_with_codes_and_pack_quantities_keeps_its_products() -> None:
    parts = _table(
        [
            ["Part no.", "Description", "Qty"],
            ["WP-20011", "Housing cover", "1"],
            ["WP-20012", "Gasket set", "5"],
            ["WP-20013", "Impeller", "1"],
        ]
    )
    assert not presents_a_parts_legend(parts)
    assert _names(parts) == ["Housing cover", "Gasket set", "Impeller"]


def test_a_list_of_bare_prices_by_daily_and_weekly_rates_keeps_its_products() -> None:
    hire = _table(
        [
            ["Description", "Code", "Daily rate", "Weekly rates"],
            ["Mini excavator", "HX-1040", "145.00", "580.00"],
            ["Plate compactor", "HX-2210", "38.00", "152.00"],
            ["Tile saw", "HX-3105", "29.50", "118.00"],
        ]
    )
    assert not presents_market_data(hire)
    assert len(_names(hire)) == 3


def test_an_order_list_with_quantities_and_bare_prices_is_no_parts_legend() -> None:
    order = _table(
        [
            ["Description", "Qty", "Price"],
            ["Espresso cups, set of 6", "1", "24.90"],
            ["Milk jug 0.5 l", "2", "12.50"],
            ["Tamper 58 mm", "1", "19.00"],
        ]
    )
    assert not presents_a_parts_legend(order)
