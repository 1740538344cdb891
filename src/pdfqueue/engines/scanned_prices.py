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

_WHOLE = re.compile(r"(?P<pre>[€$£])?(?P<figures>\d{1,4})")
_FIGURES = re.compile(r"\d{1,3}")
_CENTS = re.compile(r"(?P<pre>[€$£])?(?P<cents>\d{2})(?P<post>[€$£])?")

Found = tuple[Any, ...]  # (text, confidence, box, baseline, font_px), as `page_from_ocr` has it


def raised_cents_read(found: list[Found]) -> list[Found]:
    """Each large amount and its small raised cents OCR read apart, one word again: "7" and
    "€80" → "7,80 €" (the euro after the amount with a decimal comma, as the text layer
    writes it), "£" "12" "99" → "£12.99", "1" "0" "€90" → "10,90 €". Only where the cents
    are two figures (a sign beside them at most) set clearly smaller than the amount, level
    with its top and ending well above its foot, a letter space after it: a footnote's mark
    after a word, a figure set beside another of its size, or two numbers on one baseline
    (a table's "12 99") stay as read."""
    out: list[Found] = []
    for word in found:
        cents = _CENTS.fullmatch(word[0])
        run = _whole_run(out) if cents else 0
        if cents and run and _raised_after(out[-run:], word):
            pieces = out[-run:]
            whole = _WHOLE.fullmatch("".join(p[0] for p in pieces))
            if whole is not None and not (whole["pre"] and (cents["pre"] or cents["post"])):
                sign = whole["pre"] or cents["pre"] or cents["post"] or ""
                figures = whole["figures"]
                text = f"{figures},{cents['cents']} €" if sign == "€" else ""
                text = text or f"{sign}{figures}.{cents['cents']}"
                first = pieces[0]
                box = (
                    first[2][0],
                    min(p[2][1] for p in (*pieces, word)),
                    word[2][2],
                    max(p[2][3] for p in pieces),
                )
                # the line's baseline Tesseract gave may be the cents' own: the amount's
                # feet are the price's baseline
                baseline = max(p[2][3] for p in pieces) if first[3] is not None else None
                confidence = min(p[1] for p in (*pieces, word))
                del out[-run:]
                out.append((text, confidence, box, baseline, first[4], *first[5:]))
                continue
        out.append(word)
    return out


def _whole_run(out: list[Found]) -> int:
    """How many words at the end of `out` are one large amount's figures, read as one word
    or split between its figures (a sign before the first at most): 0 when none are."""
    if not out or not _WHOLE.fullmatch(out[-1][0]):
        return 0
    run = 1
    while run < len(out):
        before, after = out[-run - 1], out[-run]
        if not (_WHOLE.fullmatch(before[0]) and _FIGURES.fullmatch(after[0])):
            break
        if not _one_amount(before[2], after[2]):
            break
        run += 1
    figures = sum(c.isdigit() for p in out[-run:] for c in p[0])
    return run if figures <= MAX_WHOLE_FIGURES else 0


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
