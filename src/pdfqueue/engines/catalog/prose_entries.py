"""Entries run on in a paragraph: a catalogue in running text (a seed merchant's, a bookseller's)
sets two or three entries in one paragraph, each opening with its name and a dash ("Tomato
'Sungold' F1 – The sweetest orange cherry … Packet of 10 seeds £3.25, code T114. Tomato
'Black Krim' – …"). The paragraph's run-in head names its first entry only; each later one
opens a sentence the same way, its name then the same dash, and closes with its own price.
Without this the paragraph reads as one entry, named by the first, priced by all."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.words import (
    CODE_LABEL,
    NAME_MAX_WORDS,
    PRICE,
    is_name,
    starts_like_a_name,
)

# the dashes (or colon) a run-in name is set off from its text with
_SEPARATORS = "–—-:"
_DASHES = "–—-"  # one dash to a reader, whichever OCR reads
# a sentence's end: the next one starts after it
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def run_in_entries(text: str, head: str) -> list[tuple[str, str]]:
    """The entries of a paragraph opening with its run-in `head` ("Tomato 'Sungold' F1"): each
    (name, its text), when the paragraph runs on into further entries set alike (a sentence
    opening with a short name, then the dash the head is set off with) and every entry states
    a price; else the paragraph as one entry, [(head, text)]."""
    flat = " ".join(text.split())
    rest = flat[len(head) :].lstrip() if flat.startswith(head) else ""
    separator = rest[:1]
    if not head or separator not in _SEPARATORS or not rest[1:2].isspace():
        return [(head, text)]
    starts: list[tuple[int, str]] = [(0, head)]
    sentences = [m.end() for m in _SENTENCE_END.finditer(flat)]
    # a scan's OCR reads one dash as another ("—" for the head's, "-" for the next one's)
    marks = _DASHES if separator in _DASHES else separator
    for start in sentences:
        cuts = [cut for mark in marks if (cut := flat.find(f" {mark} ", start)) >= 0]
        if not cuts:
            continue
        cut = min(cuts)
        name = flat[start:cut].strip()
        if (
            len(name.split()) <= NAME_MAX_WORDS
            and not any(c in name for c in ".!?")
            and not PRICE.search(name)
            and starts_like_a_name(name)
            and is_name(name)
        ):
            starts.append((start, name))
    if len(starts) < 2:
        return [(head, text)]
    bounds = [s for s, _ in starts[1:]] + [len(flat)]
    entries = [
        (name, flat[start:end].strip()) for (start, name), end in zip(starts, bounds, strict=True)
    ]
    if not all(PRICE.search(body) for _, body in entries):
        return [(head, text)]  # a sentence set like a name, no entry of its own
    coded = [list(CODE_LABEL.finditer(body)) for _, body in entries]
    if all(coded):
        # each entry closes with its code ("…, code T114."): the last ends with the sentence
        # giving its code, not with the notes set under the paragraph ("Postage is £1.95")
        name, body = entries[-1]
        end = coded[-1][-1].end()
        after = _SENTENCE_END.search(body, end)
        entries[-1] = (name, body[: after.start()] if after else body)
    return entries


def sentences(text: str) -> str:
    """An entry's text one sentence a line (prices are read line by line: a sentence that
    mentions an amount offers nothing, one that ends with its price does)."""
    return "\n".join(_SENTENCE_END.split(text))
