"""Whether a type word in a head-last name only modifies a head noun the vocabulary lacks.

In English the head noun stands last and the nouns before it modify it: a "Wet floor warning
sign" is a sign, not a floor; "Floor cleaner" is a cleaner, a "Shoe rack" a rack. A catalog
names its products in sentence case ("Wet floor warning sign") or in title case ("Desk Lamp
Aurora"), so in a sentence-case name the plain lower-case words after a type word are more of
the name's own noun phrase: its last word is the head. What may follow a head in a catalog's
name without being one is left alone:

- a model's name, a code or a size (capitalised or with digits: "Desk lamp Aurora 40",
  "Floor tile 60x60 matt") ends the phrase there;
- a colour, a material, a finish or a size word ("Table lamp brass", "Oak flooring natural",
  "Chair black", "Stuhl schwarz"), or any word shaped like an adjective ("oiled", "ceramic");
- a word for a set or a pack of the thing ("Knife set", "Towel pack", "Pen refill").

Where it stops: a title-case name ("Wet Floor Warning Sign") tells a head from a model name by
nothing, and keeps its type word; so do German nouns, which are capitalised.
"""

from __future__ import annotations

import re

__all__ = ["unnamed_head"]

# Words a catalog writes after a product's head noun: colours, materials, finishes, sizes, and
# a set or a pack of the thing, in the head-last languages.
_AFTER_HEAD_WORDS = """black white grey gray red blue green yellow brown beige cream ivory
    pink purple violet orange silver gold golden chrome brass copper bronze navy charcoal
    anthracite taupe
    natural clear transparent frosted multicolour multicolor colour color tan khaki olive teal
    turquoise mint sand stone slate oak walnut ash pine beech birch teak maple cherry bamboo
    rattan wicker steel iron aluminium aluminum glass ceramic porcelain marble concrete wood
    timber leather fabric plastic metal velvet linen cotton wool silk jute felt rubber vinyl
    nickel zinc stainless matt matte gloss glossy satin polished brushed oiled lacquered
    painted raw light dark pale bright deep large small medium mini maxi big little xl xxl
    long short tall low high wide narrow slim thick thin round square rectangular oval single
    double twin triple king queen left right extra new classic standard basic plain fine
    coarse soft hard heavy duty outdoor indoor kids adult junior senior mens womens unisex
    set sets pack packs kit kits pair pairs bundle bundles collection range series selection
    assortment refill refills duo trio combo multipack box boxes bag bags
    schwarz weiss weiß grau rot blau grün gelb braun natur rund eckig groß klein lang kurz
    zwart wit grijs rood blauw groen geel bruin naturel rond vierkant groot klein
    svart vit grå röd blå grön gul brun sort hvid rød grøn stor liten lille
    eiche buche nussbaum holz metall glas leder eiken eik ek eg beuken noten hout metaal staal
    leer massief massiv trä tre træ stål läder læder"""
_AFTER_HEAD = frozenset(_AFTER_HEAD_WORDS.split())
# Word shapes of adjectives and participles: "oiled", "ceramic", "washable", "waterproof";
# and of the adjectives of the head-first languages, set after their noun in a name whose
# language no function word shows ("Papier toaletowy", "Stolik kawowy", "Tavolo allungabile").
_ADJECTIVE = re.compile(
    r"(?:ed|ic|ous|ive|able|ible|ful|less|ish|proof|owy|owa|owe|ski|ska|skie|cki|cka|ny|ná|ný|"
    r"ní|ký|ká|ké|oso|osa|ivo|iva|ado|ada|ido|ida|ate|ati|ata|ato|ique|aire|eux|euse|bile)$"
)
# "Cup and saucer", "Vestes et manteaux": what follows a conjunction is a second thing.
_AND = frozenset(
    ["and", "&", "or", "und", "oder", "en", "et", "och", "og", "eller", "y", "e", "o", "ou"]
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*$")


def unnamed_head(after: str) -> str | None:
    """The head noun `after` ends in, when `after`, the text between a type word and the end
    of its phrase in a head-last name, is more of the name's noun phrase: lower-case words (up
    to the first code, size or capitalised model name), the last of them no colour, material,
    finish, size or set word, nor shaped like an adjective; else None. Whether the head is a
    type word itself is the caller's to tell."""
    words: list[str] = []
    for token in after.split():
        if not _WORD.match(token) or not token.islower() or token in _AND:
            break  # a model's name, a code, a size, a second thing: the phrase ends before it
        words.append(token)
    if not words:
        return None
    last = words[-1].strip("'-")
    if len(last) <= 2 or last in _AFTER_HEAD or _ADJECTIVE.search(last):
        return None
    return last
