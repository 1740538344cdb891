"""Dashed vertical rules on scans: a folder's fold lines and the lines parting a page's panels
or columns, printed dashed, are rules as the text layer gives them (one stroked path each)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from pdfqueue.engines.layout import page_from_ocr, rules_in_image

SCALE = 200 / 72  # pixels per point
WIDTH, HEIGHT = 842, 595  # a landscape folder, three panels
FOLDS = (280, 561)  # where its panels meet, points


def _scan(draw_on: Any) -> Image.Image:
    """The folder's page at 200 dpi, drawn on by `draw_on(draw)`, with a scanner's noise."""
    size = (round(WIDTH * SCALE), round(HEIGHT * SCALE))
    image = Image.new("L", size, 250)
    draw_on(ImageDraw.Draw(image))
    noise = np.random.default_rng(5).normal(0, 4, (size[1], size[0]))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L")


def _dashed_folds(draw: ImageDraw.ImageDraw, dash: int = 8, gap: int = 6) -> None:
    """Grey dashes (3 points on, 2 off at 200 dpi) down the page at each fold."""
    for fold in FOLDS:
        x = round(fold * SCALE)
        for y in range(round(8 * SCALE), round(586 * SCALE), dash + gap):
            draw.line((x, y, x, y + dash - 1), fill=170, width=3)


def test_a_dashed_vertical_line_is_one_rule_down_its_length() -> None:
    """Each fold line's dashes are one rule from its first dash to its last, as a text layer
    gives a dashed path (apart, each dash is far too short for a rule: none was found)."""
    rules = rules_in_image(np.asarray(_scan(_dashed_folds)), 1 / SCALE)
    assert len(rules) == 2
    for rule, fold in zip(sorted(rules), FOLDS, strict=True):
        assert abs(rule[0] - fold) <= 2 and rule[2] - rule[0] <= 2.5
        assert rule[1] <= 10 and rule[3] >= 580


def test_dots_across_and_spaced_strokes_down_are_no_rule() -> None:
    """Controls: a horizontal dotted line (a leader from a name to its price) is not joined
    into a rule, and short strokes down the page spaced as lines of text are (a column of
    "l"s, some 7 points of ink and 7 of paper) are no dashed rule."""

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        y = round(300 * SCALE)
        for x in range(round(100 * SCALE), round(700 * SCALE), 12):
            draw.line((x, y, x + 5, y), fill=170, width=3)
        x = round(400 * SCALE)
        for top in range(round(50 * SCALE), round(550 * SCALE), round(14 * SCALE)):
            draw.line((x, top, x, top + round(7 * SCALE)), fill=60, width=3)

    assert rules_in_image(np.asarray(_scan(draw_on)), 1 / SCALE) == []


def _word(text: str, left: float, baseline: float, size: float = 9.5) -> dict:
    right = left + 0.52 * size * len(text)
    return {
        "text": text,
        "confidence": 92.0,
        "bbox": [
            round(left * SCALE),
            round((baseline - 0.72 * size) * SCALE),
            round(right * SCALE),
            round(baseline * SCALE),
        ],
        "baseline": baseline * SCALE,
        "font_px": size * SCALE,
    }


def _line(text: str, left: float, baseline: float) -> list[dict]:
    out = []
    for token in text.split(" "):
        out.append(_word(token, left, baseline))
        left += 0.52 * 9.5 * len(token) + 3.0
    return out


MIDDLE = [
    ("Chipolata", "1,10"),
    ("Barbecue sausage with cheese", "1,45"),
    ("Marinated spare ribs", "14,95"),
    ("Pork belly in honey", "13,50"),
    ("House pork satay", "2,10"),
    ("Veal skewer with sage", "4,20"),
]
RIGHT = [
    ("Chicken skewer with pepper", "1,95"),
    ("Chicken drumsticks piri-piri", "10,95"),
    ("Lamb chops with rosemary", "36,50"),
    ("Turkey skewer teriyaki", "2,30"),
    ("Salmon parcel with lemon", "5,90"),
    ("Vegetable burger quinoa", "2,40"),
]


def _folder_words() -> list[dict]:
    """Three panels: opening hours and an order form on the left (under the middle's list), a
    priced list in the middle and one on the right, its lines at other heights."""
    words = _line("Opening hours", 25, 200)
    for i, day in enumerate(["Monday closed", "Tuesday 8.00 - 18.30", "Saturday 7.30 - 17.00"]):
        words += _line(day, 25, 220 + 16 * i)
    for i, field in enumerate(["Name", "Phone", "Pick up on", "Persons"]):
        words += _line(field, 25, 290 + 22 * i)
    for i, (name, price) in enumerate(MIDDLE):
        words += [*_line(name, 305, 82 + 14 * i), _word(price, 500, 82 + 14 * i)]
    for i, (name, price) in enumerate(RIGHT):
        words += [*_line(name, 585, 57 + 14 * i), _word(price, 780, 57 + 14 * i)]
    return words


def _tables(folds: bool) -> list[list[list[str]]]:
    result = {"words": _folder_words(), "width": round(WIDTH * SCALE), "rotation": 0}
    image = _scan(_dashed_folds if folds else lambda draw: None)
    page = page_from_ocr(result, 1, WIDTH, HEIGHT, image=image)
    return [b.rows or [] for b in page.blocks if b.kind == "table"]


def test_priced_lists_in_panels_parted_by_dashed_folds_are_tables() -> None:
    """A folder's panels parted by dashed fold lines, a priced list in two of them: each list
    is a table of its names and prices, read within its panel (the dashes not read as a rule,
    the panels' lines made page-wide rows of misaligned texts and neither list was a table:
    the names and the prices became paragraphs apart, no product)."""
    tables = _tables(folds=True)
    rows = [row for table in tables for row in table]
    for name, price in [*MIDDLE, *RIGHT]:
        assert [name, price] in rows
