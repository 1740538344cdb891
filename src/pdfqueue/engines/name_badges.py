"""Badges printed right after a name: "NEW", "SALE", "-20%", "Bestseller", "Neu" set in another
colour (white on a coloured box, red on the paper) or as a short run of capitals in smaller or
bolder type than the name they follow.

A text layer gives such a badge as words on the name's line, so the line's text, and every
name read from it, ran on into the badge ("Trail runner shoe NEW"). A word list alone cannot
tell a badge from a name's own word ("New Balance 574", "New York Cheesecake" are names, set
like the rest of the name); the print can: a badge is set apart by its style. What marks one:

- it follows a word with letters on the same line, close (`NEXT_TO` ems), so it sits by a name;
- its style differs from that word's: another colour (`COLOUR_APART`) or a filled box or pill
  behind it that is not behind the name (a zebra row's stripe is behind both), the name on
  no shape of its own (a row of tags, each on its chip, is no name), when it starts
  with a capital or is a saving ("-20%"); or capitals only (`MIN_CAPITALS` letters) in type
  at most `SMALLER` of the name's size or bold after a regular name;
- it is short: one or two words (`MAX_WORDS`) of two to `MAX_LETTERS` letters, no figures
  but a saving's percentage; a longer run in another style is a phrase of its own;
- it ends the phrase: nothing follows it on the line closer than `PHRASE_GAP` ems (a table's
  next column may), so an acronym in small capitals inside a name ("with DOLBY Atmos") stays.

Each badge is kept with the word it follows (`(before, badge)`), so the catalog takes it off
only where it follows that word, never from another name that has the same word in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

NEXT_TO = 2.0  # ems (of the name's size) between a name's last word and its badge at most
COLOUR_APART = 120  # summed RGB difference that makes two colours two (black to red ~280)
SMALLER = 0.85  # a capitals badge's size at most this share of the name's
MIN_CAPITALS = 3  # letters of a capitals badge ("NEW", "TOP", "SALE"; not a size's "XL")
MAX_WORDS = 2  # words of a badge ("Best seller", "20% OFF")
MAX_LETTERS = 12
JOINED = 0.6  # ems between the two words of one badge at most
PHRASE_GAP = 1.0  # ems after a badge before the line's next word at least (a word space: 0.3)
SAME_LINE = 0.35  # share of the taller word's height two words' middles may be apart on a line

# a saving: "-20%", "−30 %", "20% OFF"'s first word
_SAVING = re.compile(r"^[-–−]?\d{1,2}\s?%$")


class StyledWord(Protocol):
    """A word as the layout reads it (see `layout.Word`)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float
    bold: bool
    colour: tuple[int, int, int] | None


def badges_after_names(
    words: Sequence[StyledWord], fills: Sequence[tuple[float, float, float, float]] = ()
) -> list[tuple[str, str]]:
    """The badges printed right after a name among a page's words, each as (the word it
    follows, the badge's text), in the order found; `fills` are the boxes of the page's filled
    shapes a line or two high (left, top, right, bottom)."""
    lines = _lines(words)
    found: list[tuple[str, str]] = []
    for line in lines:
        for index in range(1, len(line)):
            before, first = line[index - 1], line[index]
            if not _opens_badge(first.text) or not any(c.isalpha() for c in before.text):
                continue
            if first.left - before.right > NEXT_TO * before.size:
                continue
            run = [first]
            for word in line[index + 1 : index + 1 + MAX_WORDS]:  # one past a badge's longest
                if _same_style(word, first) and word.left - run[-1].right <= JOINED * first.size:
                    run.append(word)
                else:
                    break
            if len(run) > MAX_WORDS:
                continue
            following = line[index + len(run) :]
            if following and following[0].left - run[-1].right < PHRASE_GAP * before.size:
                continue
            text = " ".join(w.text for w in run)
            if _badge_text(text) and _set_apart(before, run, fills):
                found.append((before.text, text))
    return found


def _lines(words: Sequence[StyledWord]) -> list[list[StyledWord]]:
    """Words grouped by line (their middles level), each line left to right."""
    lines: list[list[StyledWord]] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.left)):
        middle = (word.top + word.bottom) / 2
        for line in reversed(lines[-4:]):
            last = line[-1]
            tall = max(last.bottom - last.top, word.bottom - word.top, 1.0)
            if abs((last.top + last.bottom) / 2 - middle) <= SAME_LINE * tall:
                line.append(word)
                break
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def _opens_badge(text: str) -> bool:
    """Whether a word may open a badge: not one that starts with a small letter (a badge opens
    with a capital, "NEW", "Neu", or a saving, "-20%"); a page's prose is passed over at once."""
    return not (text[:1].isalpha() and text[:1].islower())


def _badge_text(text: str) -> bool:
    """Short, and words not figures: a badge's ("NEW", "Bestseller", "-20%", "20% OFF")."""
    words = text.split()
    letters = sum(c.isalpha() for c in text)
    saving = bool(_SAVING.match(words[0]))
    if letters > MAX_LETTERS or (letters < 2 and not saving):
        return False
    rest = words[1:] if saving else words
    return all(w.strip("!.*").isalpha() or w == "-" for w in rest)


def _set_apart(
    before: StyledWord,
    run: Sequence[StyledWord],
    fills: Sequence[tuple[float, float, float, float]],
) -> bool:
    """Whether the run's style sets it apart from the name's word before it as a badge's."""
    first = run[0]
    text = " ".join(w.text for w in run)
    letters = [c for c in text if c.isalpha()]
    # a word before it on a shape of its own: a row of chips ("Diesel" after "120 000 km",
    # flavours, sizes, each on its own fill), tags, not a name and its badge
    if any(_on(before, f) and not _on(first, f) for f in fills):
        return False
    boxed = any(_on(first, f) and not _on(before, f) for f in fills)
    marked = first.text[:1].isupper() or _SAVING.match(first.text)
    if (_colour_apart(before, first) or boxed) and marked:
        return True
    capitals = len(letters) >= MIN_CAPITALS and all(c.isupper() for c in letters)
    smaller = first.size <= SMALLER * before.size
    bolder = first.bold and not before.bold
    return capitals and (smaller or bolder)


def _on(word: StyledWord, fill: tuple[float, float, float, float]) -> bool:
    """Whether the word's middle lies on the filled shape."""
    x, y = (word.left + word.right) / 2, (word.top + word.bottom) / 2
    return fill[0] <= x <= fill[2] and fill[1] <= y <= fill[3]


def _colour_apart(a: StyledWord, b: StyledWord) -> bool:
    if a.colour is None or b.colour is None:
        return False
    return sum(abs(x - y) for x, y in zip(a.colour, b.colour, strict=True)) >= COLOUR_APART


def _same_style(a: StyledWord, b: StyledWord) -> bool:
    return (
        a.bold == b.bold
        and abs(a.size - b.size) <= 0.1 * max(a.size, b.size)
        and not _colour_apart(a, b)
    )
