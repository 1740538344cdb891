"""One place for a box union (the layout layer) and one unit vocabulary (catalog/words.py): the
catalog reads both from there, and what they read is what the copies they replace read."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import blocks
from pdfqueue.engines.catalog.run_on_units import UNIT_ALONE
from pdfqueue.engines.catalog.words import LENGTH_UNITS, SIZE, VOLUME_UNITS, WEIGHT_UNITS
from pdfqueue.engines.layout import union


def test_union_is_the_smallest_box_holding_all():
    assert union([(10.0, 20.0, 30.0, 40.0), (5.0, 25.0, 35.0, 38.0)]) == (5.0, 20.0, 35.0, 40.0)


def test_union_of_one_box_is_that_box():
    assert union([(1.0, 2.0, 3.0, 4.0)]) == (1.0, 2.0, 3.0, 4.0)


def test_catalog_keeps_no_union_of_its_own():
    assert not hasattr(blocks, "union")


@pytest.mark.parametrize(
    "unit", [*WEIGHT_UNITS.split("|"), *VOLUME_UNITS.split("|"), *LENGTH_UNITS.split("|")]
)
def test_a_unit_alone_in_a_cell_is_any_unit_of_the_vocabulary(unit):
    assert UNIT_ALONE.fullmatch(unit)
    assert UNIT_ALONE.fullmatch(f"{unit}.")


def test_a_word_that_only_starts_like_a_unit_is_no_unit_alone():
    assert not UNIT_ALONE.fullmatch("kgs")
    assert not UNIT_ALONE.fullmatch("inch")


@pytest.mark.parametrize("text", ["250 g", "1 kg", "12 oz", "2 lb", "75 cl", "330 ml", "1,5 l"])
def test_a_figure_and_its_weight_or_volume_is_a_size(text):
    assert SIZE.search(text)


def test_a_bare_in_after_a_figure_is_no_size():
    assert not SIZE.search("Shampoo 2 in 1")
    assert SIZE.search("Shelf 60 x 40 in")  # control: a dimension's inches are
