"""The one amount parser (`words.amount_value`) and the one amount test (`words.is_amount`),
with the cases each former copy handled: a bill's figures and weights (`bills._readings`),
a finish group's prices (`finish_groups`), a budget's total (`tables._totals_its_amounts`),
a rate card's zone cells, a price ladder's steps and a family's variant prices."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import bills
from pdfqueue.engines.catalog.words import PRICE, amount_value, is_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # comma or point decimals
        ("12,50", 12.5),
        ("12.50", 12.5),
        ("4.95", 4.95),
        # thousands separators: point, comma, space, apostrophe, with decimals after
        ("1.234,50", 1234.5),
        ("1,234.50", 1234.5),
        ("1 234,50", 1234.5),
        ("1'234.50", 1234.5),
        ("1’234.50", 1234.5),
        ("$80,452.11", 80452.11),
        ("8.490.000", 8490000.0),
        # a group of three after the last mark is thousands, not decimals
        ("1.290", 1290.0),
        ("1,290", 1290.0),
        ("24 990", 24990.0),
        # one decimal is a decimal ("1.234,5" is not 12 345)
        ("12,5", 12.5),
        ("1.234,5", 1234.5),
        ("$10.6", 10.6),
        # a whole amount: bare, its cents a dash
        ("12990", 12990.0),
        ("12,-", 12.0),
        ("4 490,-", 4490.0),
        ("1.290,-", 1290.0),
        # a currency before or after, as a sign or a code
        ("£4.95", 4.95),
        ("€ 12,50", 12.5),
        ("12,50 €", 12.5),
        ("1.234,50 €", 1234.5),
        ("EUR 12", 12.0),
        ("24 990 Kč", 24990.0),
        ("11.790 TL", 11790.0),
        ("US$ 1,299.00", 1299.0),
        # negative: a minus sign (hyphen, minus, dash) before the amount or its currency
        ("-412.60", -412.6),
        ("−1.230 €", -1230.0),
        ("– 25,00", -25.0),
        ("- £ 25.00", -25.0),
        ("£-25.00", -25.0),
        ("EUR -5,00", -5.0),
        # no digit: no amount
        ("", None),
        ("€", None),
        ("n/a", None),
        ("-", None),
    ],
)
def test_amount_value(text: str, value: float | None) -> None:
    assert amount_value(text) == value


@pytest.mark.parametrize("text", ["Art-Nr 12", "10-20", "4-pack 12,50", "2 - 3 €"])
def test_a_dash_inside_is_no_minus(text: str) -> None:
    """A hyphen that joins words or figures, not one before the amount, keeps it positive."""
    value = amount_value(text)
    assert value is not None and value > 0


def test_decimals_three_reads_a_weight() -> None:
    """A bill's weight column: "0.620" kg is read with three decimals when asked, else as
    thousands; two decimals or one read the same either way; a whole figure stays whole."""
    assert amount_value("0.620", decimals=3) == 0.62
    assert amount_value("0.620") == 620.0
    assert amount_value("3.380 kg", decimals=3) == 3.38
    assert amount_value("1,234.50", decimals=3) == 1234.5
    assert amount_value("12,5", decimals=3) == 12.5
    assert amount_value("1240", decimals=3) == 1240.0
    # a space or an apostrophe only ever groups thousands
    assert amount_value("1 240", decimals=3) == 1240.0
    assert amount_value("1'240", decimals=3) == 1240.0


def test_bill_readings_are_the_parser_both_ways() -> None:
    assert bills._readings("0.620") == (0.62, 620.0)
    assert bills._readings("1,240") == (1.24, 1240.0)
    assert bills._readings("1,130.10") == (1130.1, 1130.1)
    assert bills._readings("175.48") == (175.48, 175.48)
    assert bills._readings("12") == (12.0, 12.0)


@pytest.mark.parametrize(
    "text",
    [
        "4.95",
        "1,290.00",
        "1.234,50",
        "1 234,50",
        "£4.95",
        "12,50 €",
        "24 990 Kč",
        "€ 1.234,50",
        "$80,452.11",
        "12,-",
        "4 490,-",
        " 12,50 ",
        "from $5",
        "$4.50 ea",
    ],
)
def test_is_amount(text: str) -> None:
    assert is_amount(text)


@pytest.mark.parametrize(
    "text",
    ["", "12", "1.290", "12,5", "Art. 4711", "Tickets £12 at the door tonight", "2,-", "n/a"],
)
def test_is_no_amount(text: str) -> None:
    assert not is_amount(text)


def test_leading_wants_the_amount_first() -> None:
    """A price ladder's step price: the cell opens with its amount."""
    assert is_amount("€0.533", leading=True)
    assert is_amount("$4.50 ea", leading=True)
    assert is_amount("0,44", leading=True)
    assert not is_amount("ab €0.50", leading=True)
    assert is_amount("ab €0.50")


def test_alone_wants_nothing_but_the_amount() -> None:
    """A rate card's zone cell: the amount and nothing else."""
    assert is_amount("£4.95", alone=True)
    assert is_amount("12,50 €", alone=True)
    assert is_amount("4.95", alone=True)
    assert not is_amount("£4.95 + VAT", alone=True)
    assert is_amount("£4.95 + VAT")


def test_brazils_real_leads_its_price_whole() -> None:
    """ "R$ 389,90": the price with its currency, not "$ 389,90" (a dollar); a dollar stays one."""
    assert PRICE.search("50 ml . . . . R$ 389,90").group(0) == "R$ 389,90"
    assert PRICE.search("Hairnet $39.80").group(0) == "$39.80"
