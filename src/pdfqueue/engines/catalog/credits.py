"""A fashion story's credits set as running prose under its photo: "1. Linen shirt, £45, Marlow
& Co. 2. Wide-leg trousers, £89, Ardent. ..." (the numbers are the dots on the photo). Each
numbered credit is a product, named as printed before its price; the stockist after it is
not part of the name.

A credit is a number, a short name, a comma, a price, and after it either nothing or a
stockist (a capitalised name or a web address) before the next number. A text block yields
credits only when at least `MIN_CREDITS` of them run on in order (1, 2, 3 ...): minutes or
a budget written as prose ("1. Venue hire, £450, paid in March") carry no stockist, and a
programme's numbered items no price.
"""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import PRICE, is_name, starts_like_a_name
from pdfqueue.engines.layout import PageLayout

MIN_CREDITS = 3  # numbered credits in order in one text block
CREDIT_NAME_MAX_WORDS = 6  # words of a credited item's name ("Chunky merino cardigan")
STOCKIST_MAX_WORDS = 5  # words of a stockist's name after the price ("Marlow & Co.")

_TEXT_KINDS = ("caption", "paragraph", "list_item")
_CREDIT = re.compile(
    rf"(?:^|(?<=\s))(?P<number>\d{{1,2}})[.)]\s+(?P<name>[^,;\d][^,;]{{1,80}}?),\s*"
    rf"(?P<price>{PRICE.pattern})(?P<after>.*?)(?=\s\d{{1,2}}[.)]\s|$)",
    re.S,
)
_STOCKIST = re.compile(rf"^(?:[A-ZÀ-Ý0-9&][\w&'’.-]*\.?(?:\s+|$)){{1,{STOCKIST_MAX_WORDS}}}$")
_WEB = re.compile(r"^\S+\.[a-z]{2,}(?:/\S*)?$")


def credit_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """The numbered credits of a page's text blocks, named before their prices."""
    found: list[Product] = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind not in _TEXT_KINDS:
            continue
        text = " ".join(block.text.split())
        credits = [m for m in _CREDIT.finditer(text) if _credit(m)]
        run = _in_order(credits)
        if len(run) < MIN_CREDITS:
            continue
        for match in run:
            found.append(
                Product(
                    name=match.group("name").strip(),
                    page=page.page_number,
                    bbox=block.bbox,
                    source="credit_entry",
                    confidence=0.7,
                    prices=[match.group("price").strip()],
                    description=match.group("after").strip(" ,."),
                    block_indexes=[index],
                )
            )
    return found


def _credit(match: re.Match[str]) -> bool:
    name = match.group("name").strip()
    if not (is_name(name, CREDIT_NAME_MAX_WORDS) and starts_like_a_name(name)):
        return False
    after = match.group("after").strip(" ,;")
    after = re.split(r"(?<=[a-z])\.\s", after)[0].strip(" .")  # the stockist, not what follows
    return not after or bool(_STOCKIST.match(after) or _WEB.match(after))


def _in_order(credits: list[re.Match[str]]) -> list[re.Match[str]]:
    """The longest run of credits numbered one after another."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in credits:
        number = int(match.group("number"))
        if run and number == int(run[-1].group("number")) + 1:
            run.append(match)
        else:
            run = [match]
        if len(run) > len(best):
            best = list(run)
    return best
