"""Prices as OCR reads them off a scan, mended where the print's form is plain to a reader.

Both rules work on the words Tesseract found (text, confidence, glyph box in pixels, line
baseline, type size), before the layout turns them into its words:

* `raised_cents_read`: a flyer's price set as a large whole amount with its cents small and
  raised at its top right ("7" then "€80", "12" then "99"), which OCR reads as two words (or
  more: the large "10" as "1" and "0"). A reader reads one price, "7,80 €" or "12.99"; read
  apart, the cents were a price of their own ("€80") and the amount nothing. The text layer
  joins the same form by its font sizes (`layout.join_raised_cents`); on a scan only the
  glyphs' boxes tell it: the cents' glyphs at most `RAISED_CENTS_HEIGHT` of the amount's
  tall, their tops level with its top and their feet well above its baseline.
* `dash_cents_read`: a price whose cents are a dash ("4 490,-", as Scandinavian and central
  European shops print whole amounts), its dash read as a quote mark by OCR ("490,'",
  '790,"'): after figures and their decimal comma, a quote mark ends no amount a reader
  would write, the dash does.
* `point_read_as_dash`: a price's decimal point read as a dash ("£25-05" for "£25.05"): a
  dash between a currency's amount and two figures lower than it ends no range (a range
  goes up, "£10-15"), so it stands where the point was.
"""

from __future__ import annotations

import re
from typing import Any

RAISED_CENTS_HEIGHT = 0.75  # a raised cents' glyphs at most this share of the amount's tall
RAISED_TOP = 0.25  # the amount's heights the cents' top may sit off the amount's top
RAISED_FOOT = 0.75  # the cents' feet above this share of the amount's height from its top
RAISED_GAP = 0.45  # the amount's heights from its last figure to the cents at most
FIGURE_GAP = 0.35  # heights between two figures of one large amount OCR read as two words
MAX_WHOLE_FIGURES = 4  # figures of a whole amount set large (a flyer's "1299" is long)

_WHOLE = re.compile(r"(?P<pre>[€$£])?(?P<figures>\d{1,4})[.,]?")
_FIGURES = re.compile(r"\d{1,3}")
_SIGN = re.compile(r"[€$£]")  # a currency sign OCR read as a word of its own
_CENTS = re.compile(r"(?P<pre>[€$£])?(?P<cents>\d{2})(?P<post>[€$£])?")

Found = tuple[Any, ...]  # (text, confidence, box, baseline, font_px), as `page_from_ocr` has it


def raised_cents_read(found: list[Found]) -> list[Found]:
    """Each large amount and its small raised cents OCR read apart, one word again: "7" and
    "€80" → "7,80 €" (the euro after the amount with a decimal comma, as the text layer
    writes it), "£12" "99" → "£12.99", "1" "0" "€90" → "10,90 €". Only where the cents
    are two figures (a sign beside them at most) set clearly smaller than the amount, level
    with its top and ending well above its foot, a letter space after it: a footnote's mark
    after a word, a figure set beside another of its size, or two numbers on one baseline
    (a table's "12 99") stay as read. The pieces are found by their boxes, not by the order
    Tesseract gave them in (it may read the small cents first)."""
    out = list(found)
    for index, word in enumerate(found):
        cents = _CENTS.fullmatch(word[0])
        pieces = _whole_before(found, word) if cents else []
        if not cents or not pieces or any(out[i] is None for i in pieces):
            continue
        whole = _WHOLE.fullmatch("".join(found[i][0] for i in pieces))
        if whole is None or (whole["pre"] and (cents["pre"] or cents["post"])):
            continue
        sign = whole["pre"] or cents["pre"] or cents["post"] or ""
        figures = whole["figures"]
        text = f"{figures},{cents['cents']} €" if sign == "€" else ""
        text = text or f"{sign}{figures}.{cents['cents']}"
        first = found[pieces[0]]
        boxes = [found[i][2] for i in pieces]
        box = (
            boxes[0][0],
            min(b[1] for b in (*boxes, word[2])),
            word[2][2],
            max(b[3] for b in boxes),
        )
        # the line's baseline Tesseract gave may be the cents' own: the amount's feet are
        # the price's baseline
        baseline = float(max(b[3] for b in boxes)) if first[3] is not None else None
        confidence = min(found[i][1] for i in (*pieces, index))
        out[index] = (text, confidence, box, baseline, first[4], *first[5:])
        for i in pieces:
            out[i] = None
    return [word for word in out if word is not None]


def _whole_before(found: list[Found], cents: Found) -> list[int]:
    """The indices of the words, left to right, of the large amount right before `cents`:
    the nearest word of figures (a sign before them, a separator after them at most) whose
    glyphs the cents sit raised beside, and the figures level with it a letter space before
    it (Tesseract reads a large "10" as "1" and "0" at times), and the currency sign before
    them when Tesseract read it as a word of its own ("£" "126" "99": the sign is the
    amount's, not a cell of its own). None when there is none."""
    near = [
        i
        for i, word in enumerate(found)
        if word is not cents and _WHOLE.fullmatch(word[0]) and _raised_after([word], cents)
    ]
    if not near:
        return []
    run = [max(near, key=lambda i: found[i][2][2])]
    while True:
        head = found[run[0]]
        if not _FIGURES.fullmatch(head[0].rstrip(".,")):
            break
        before = [
            i
            for i, word in enumerate(found)
            if i not in run
            and (_WHOLE.fullmatch(word[0]) or _SIGN.fullmatch(word[0]))
            and _one_amount(word[2], head[2])
        ]
        if not before:
            break
        run.insert(0, max(before, key=lambda i: found[i][2][2]))
    figures = sum(c.isdigit() for i in run for c in found[i][0])
    return run if figures <= MAX_WHOLE_FIGURES else []


def _one_amount(left: Any, right: Any) -> bool:
    """Two figures' boxes of one large amount: level, alike in height, a letter space apart."""
    tall = max(left[3] - left[1], right[3] - right[1], 1)
    level = abs(left[1] - right[1]) <= 0.15 * tall and abs(left[3] - right[3]) <= 0.15 * tall
    return level and 0 <= right[0] - left[2] <= FIGURE_GAP * tall


def _raised_after(pieces: list[Found], cents: Found) -> bool:
    top = min(p[2][1] for p in pieces)
    foot = max(p[2][3] for p in pieces)
    tall = foot - top
    box = cents[2]
    if tall <= 0 or box[3] - box[1] > RAISED_CENTS_HEIGHT * tall:
        return False
    return (
        0 <= box[0] - pieces[-1][2][2] <= RAISED_GAP * tall
        and abs(box[1] - top) <= RAISED_TOP * tall
        and box[3] <= top + RAISED_FOOT * tall
    )


# figures with a decimal comma, then a quote mark where the print has its dash
_DASH_READ_AS_QUOTE = re.compile(r"(?P<amount>\d{1,3}(?:[ .]?\d{3})*),[\"'‘’“”`´]")


def dash_cents_read(found: list[Found]) -> list[Found]:
    """An amount whose cents are a dash that OCR read as a quote mark ("490,'", '790,"') is
    "490,-" again; a quote mark after anything else stays."""
    out = []
    for word in found:
        match = _DASH_READ_AS_QUOTE.fullmatch(word[0])
        out.append((f"{match['amount']},-", *word[1:]) if match else word)
    return out


# a currency sign, a whole amount, a dash and two figures: "£25-05", "$20-12"
_POINT_READ_AS_DASH = re.compile(r"(?P<sign>[€$£])(?P<whole>\d{1,4})-(?P<cents>\d{2})")


def point_read_as_dash(found: list[Found]) -> list[Found]:
    """A price whose decimal point OCR read as a dash ("£25-05") is "£25.05" again, where the
    figures after the dash are lower than the amount before it: read as a range ("£10-15")
    it would go down. A range going up stays as read."""
    out = []
    for word in found:
        match = _POINT_READ_AS_DASH.fullmatch(word[0])
        if match and int(match["cents"]) < int(match["whole"]):
            word = (f"{match['sign']}{match['whole']}.{match['cents']}", *word[1:])
        out.append(word)
    return out
