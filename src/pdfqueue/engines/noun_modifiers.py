"""Whether a type word in an English name only modifies a head noun that names no type.

In English the head noun stands last and the nouns before it modify it: a "Wet floor warning
sign" is a sign, not a floor; "Floor cleaner" is a cleaner, a "Water bottle" a bottle. Which
word after a type word is the head, and not a model's name or a finish ("Desk lamp Aurora",
"Table lamp brass"), a catalog does not show, so this reads only the heads that name a kind of
thing no type of the vocabulary is, whatever they are of:

- what shows or announces something: a sign, a label, a sticker, a poster ("No mobile phones
  sign" is no phone);
- what is put on something to clean, stick or seal it ("Floor cleaner", "Tile adhesive");
- a bottle or a flask, which holds a drink but is none ("Glass water bottle 500 ml").

The head ends the name's noun phrase: plain words after the type word, up to a code, a size,
a comma or a preposition ("Wet floor warning sign 200 × 300 mm"). Where it stops: a head the
list lacks ("Pipe clip", "Bluetooth speaker cube") keeps the type word's type, as a part or a
form of the thing so often is ("Deodorant roller", "Phone charging pad").
"""

from __future__ import annotations

import re

__all__ = ["unnamed_head"]

_HEAD_WORDS = """sign signs signage sticker stickers label labels decal decals poster posters
    placard placards plaque plaques banner banners pictogram pictograms notice notices
    cleaner cleaners remover removers adhesive adhesives sealant sealants grout
    bottle bottles flask flasks"""
_HEADS = frozenset(_HEAD_WORDS.split())
_WORD = re.compile(r"[A-Za-z]+$")  # a plain English word: no digit, accent or hyphen


def unnamed_head(after: str) -> str | None:
    """The head noun the words `after` a type word end in, when that head names a kind of
    thing no type is (a sign, a cleaner, a bottle): "warning sign" after "Wet floor"; else
    None. The phrase ends at the first word that is no plain word (a code, a size)."""
    words: list[str] = []
    for token in after.split():
        if not _WORD.match(token):
            break
        words.append(token.lower())
    return words[-1] if words and words[-1] in _HEADS else None
