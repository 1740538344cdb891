"""Structured attributes found in a chunk's text: dimensions, materials, codes, standards...

Regular expressions and small dictionaries, no model: the attributes that matter in product
documents (sizes with units, standard numbers, slip and protection ratings, SKUs, prices) have
regular shapes, and a dictionary of materials, colours and finishes finds the rest. The result
groups them as DESIGN.md says (identity / physical / visual / technical / commercial /
sustainability / installation), always with every key present so consumers need no guards.

A result is never silently empty: `found` counts the values and, when it is 0, `reason` says
what was looked for and why nothing matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["extract_metadata"]

_NUM = r"\d+(?:[.,]\d+)?"
_LEN_UNIT = r"(?:mm|cm|m|in|inch|inches|ft|\"|″)"
_TIMES = r"\s*[x×X*]\s*"

# 60 x 120 cm, 600×600mm, 20 x 20 x 2 cm, 60cm x 120cm
_DIMENSION = re.compile(
    rf"(?<![\w.,])({_NUM})\s*(?:{_LEN_UNIT}(?={_TIMES}))?{_TIMES}({_NUM})\s*"
    rf"(?:(?:{_LEN_UNIT}(?={_TIMES}))?{_TIMES}({_NUM})\s*)?({_LEN_UNIT})(?![\w])",
    re.IGNORECASE,
)
# thickness 10 mm, 10mm thick, Stärke 8 mm, épaisseur 9 mm
_THICKNESS = re.compile(
    rf"(?:(?:thickness|thick|stärke|épaisseur|espesor|spessore)\s*[:=]?\s*({_NUM})\s*(mm|cm|in)\b"
    rf"|({_NUM})\s*(mm|cm)\s+thick(?:ness)?\b)",
    re.IGNORECASE,
)
_WEIGHT = re.compile(
    rf"(?<![\w.,])({_NUM})\s*(kg|g|lbs?|oz|t)(?:\s*/\s*(m²|m2|m|pc|piece|box))?(?![\w])",
    re.IGNORECASE,
)
_PRICE = re.compile(
    rf"(?:(?<![\w])(?:[$€£¥₹]|USD|EUR|GBP|CHF|JPY|IDR|Rp\.?|THB|฿)\s?{_NUM}(?:[.,]\d{{3}})*"
    rf"|(?<![\w.,]){_NUM}(?:[.,]\d{{3}})*\s?(?:[$€£¥₹]|USD|EUR|GBP|CHF|JPY|IDR|THB|฿|€)(?!\w))",
)
_STANDARD = re.compile(
    r"\b(?:(?:EN\s+)?ISO|EN|DIN(?:\s+EN)?|ASTM|ANSI|BS(?:\s+EN)?|IEC|UL|NF|CSA|JIS|ACI|AS/NZS)"
    r"\s?[A-Z]?\d{2,6}(?:[-:./]\d+)*\b"
)
_RATINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("slip resistance", re.compile(r"\bR(?:9|10|11|12|13)\b")),
    ("slip resistance", re.compile(r"\b(?:Class|Klasse)\s+[ABC]\b(?=.{0,30}slip)", re.I)),
    ("abrasion (PEI)", re.compile(r"\bPEI\s*(?:class\s*)?(?:[1-5]|I{1,3}|IV|V)\b", re.I)),
    ("ingress protection", re.compile(r"\bIP[0-6][0-9X]\b")),
    ("impact protection", re.compile(r"\bIK(?:0[0-9]|10)\b")),
    ("abrasion (laminate)", re.compile(r"\bAC[1-6]\b")),
    ("use class", re.compile(r"\b(?:use\s+)?class\s+(?:2[1-3]|3[1-4]|4[1-3])\b", re.I)),
    ("energy class", re.compile(r"(?:energy\s+(?:efficiency\s+)?class\s*)([A-G]\+{0,3})", re.I)),
    ("energy class", re.compile(r"(?<![\w+])A\+{1,3}(?![\w+])")),
    ("fire class", re.compile(r"\b(?:A1|A2|B|C|D|E|F)fl\s*-\s*s[12]\b|\bA1fl\b|\bB-s1,\s?d0\b")),
    ("flammability", re.compile(r"\bUL\s?94\s?V-?[0-2]\b")),
)
_CODE_LABEL = re.compile(
    r"\b(?:SKU|Art(?:icle)?\.?\s*(?:No|Nr|Number)\.?|Item\s*(?:No|#|Number)\.?|Ref(?:erence)?\.?"
    r"|Code|Model(?:\s*No\.?)?|Part\s*(?:No|Number|#)\.?|Cat(?:alog)?\.?\s*No\.?|EAN|UPC|ID)"
    r"\s*[:#.]?\s*([A-Z0-9][A-Z0-9\-./]{2,24})",
    re.IGNORECASE,
)
# Codes mixing letters and digits (AB-1234, XK200-B); bare 5–8 digit numbers on their own line.
_CODE_MIXED = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+\b")
_CODE_LINE = re.compile(r"^\s*(\d{5,8}|[A-Z]{1,4}-?\d{3,8}[A-Z]?)\s*$", re.MULTILINE)
_NAME_LABEL = re.compile(
    r"\b(?:Product(?:\s+name)?|Model|Series|Collection|Name|Designation|Article)\s*:\s*"
    r"([^\n:;]{2,60})",
    re.IGNORECASE,
)
_PERCENT_RECYCLED = re.compile(rf"({_NUM})\s*%\s*(?:post-consumer\s+)?recycled", re.I)


def _words(*terms: str) -> tuple[str, ...]:
    return terms


_COLOURS = _words(
    "white",
    "black",
    "grey",
    "gray",
    "anthracite",
    "charcoal",
    "beige",
    "cream",
    "ivory",
    "sand",
    "taupe",
    "brown",
    "chocolate",
    "red",
    "burgundy",
    "terracotta",
    "orange",
    "yellow",
    "ochre",
    "green",
    "olive",
    "sage",
    "blue",
    "navy",
    "turquoise",
    "teal",
    "purple",
    "violet",
    "pink",
    "rose",
    "silver",
    "gold",
    "bronze",
    "copper",
    "champagne",
    "natural",
)
_FINISHES = _words(
    "matt",
    "matte",
    "satin",
    "gloss",
    "glossy",
    "high-gloss",
    "semi-gloss",
    "polished",
    "semi-polished",
    "honed",
    "lappato",
    "brushed",
    "textured",
    "structured",
    "embossed",
    "sandblasted",
    "tumbled",
    "lacquered",
    "oiled",
    "varnished",
    "waxed",
    "anodised",
    "anodized",
    "powder-coated",
    "chrome-plated",
    "galvanised",
    "galvanized",
    "anti-slip",
    "rustic",
)
_MATERIALS = _words(
    "oak",
    "walnut",
    "ash",
    "beech",
    "maple",
    "pine",
    "teak",
    "bamboo",
    "birch",
    "cherry wood",
    "wood",
    "solid wood",
    "plywood",
    "mdf",
    "hdf",
    "chipboard",
    "porcelain",
    "ceramic",
    "stoneware",
    "terracotta",
    "marble",
    "granite",
    "travertine",
    "slate",
    "quartz",
    "limestone",
    "sandstone",
    "concrete",
    "precast concrete",
    "cement",
    "glass",
    "tempered glass",
    "steel",
    "stainless steel",
    "aluminium",
    "aluminum",
    "brass",
    "copper",
    "iron",
    "cast iron",
    "zinc",
    "vinyl",
    "pvc",
    "lvt",
    "spc",
    "linoleum",
    "laminate",
    "leather",
    "cotton",
    "wool",
    "linen",
    "polyester",
    "nylon",
    "polyamide",
    "silk",
    "velvet",
    "jute",
    "rubber",
    "cork",
    "plastic",
    "polypropylene",
    "polycarbonate",
    "acrylic",
    "resin",
    "epoxy",
    "fabric",
    "gypsum",
    "plaster",
    "diamond",
    "ruby",
    "sapphire",
    "emerald",
    "pearl",
    "amber",
    "jade",
    "platinum",
    "gold",
    "silver",
)
_CERTIFICATIONS = _words(
    "FSC",
    "PEFC",
    "EPD",
    "LEED",
    "BREEAM",
    "Cradle to Cradle",
    "Greenguard",
    "EU Ecolabel",
    "Blue Angel",
    "Blauer Engel",
    "Nordic Swan",
    "CE",
    "ISO 14001",
)
_SUSTAINABILITY_TERMS = _words(
    "recyclable",
    "recycled",
    "low voc",
    "voc-free",
    "formaldehyde-free",
    "carbon neutral",
    "biodegradable",
    "renewable",
    "emission class e1",
    "e1",
)
_INSTALLATION = _words(
    "click system",
    "click",
    "glue-down",
    "glued",
    "floating",
    "nail-down",
    "adhesive",
    "thin-set",
    "mortar",
    "grout",
    "screwed",
    "wall-mounted",
    "ceiling-mounted",
    "freestanding",
    "underfloor heating",
    "plug and play",
)

_GROUP_WORDS = {
    "colours": _COLOURS,
    "finishes": _FINISHES,
    "materials": _MATERIALS,
    "installation": _INSTALLATION,
    "sustainability": _SUSTAINABILITY_TERMS,
}
_WORD_PATTERNS = {
    group: re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
        r"(?![\w-])",
        re.IGNORECASE,
    )
    for group, words in _GROUP_WORDS.items()
}
_CERT_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w) for w in _CERTIFICATIONS) + r")(?![\w-])"
)
_SPELLING = {
    "gray": "grey",
    "matte": "matt",
    "aluminum": "aluminium",
    "anodized": "anodised",
    "galvanized": "galvanised",
    "glossy": "gloss",
    "glued": "glue-down",
}


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        value = re.sub(r"\s+", " ", value).strip(" .,;:")
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return list(seen.values())


def _number(text: str) -> str:
    return text.replace(",", ".")


def _dimensions(text: str) -> list[str]:
    out = []
    for match in _DIMENSION.finditer(text):
        numbers = [_number(n) for n in match.groups()[:3] if n]
        unit = match.group(4).lower().replace("″", '"')
        out.append(" × ".join(numbers) + ("" if unit == '"' else " ") + unit)
    return _unique(out)


def _thickness(text: str) -> list[str]:
    out = []
    for match in _THICKNESS.finditer(text):
        value, unit = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        out.append(f"{_number(value)} {unit.lower()}")
    return _unique(out)


def _weights(text: str) -> list[str]:
    out = []
    for match in _WEIGHT.finditer(text):
        value, unit, per = match.groups()
        out.append(f"{_number(value)} {unit.lower()}" + (f"/{per}" if per else ""))
    return _unique(out)


def _words_found(group: str, text: str) -> list[str]:
    found = (m.group(1).lower() for m in _WORD_PATTERNS[group].finditer(text))
    return _unique(_SPELLING.get(word, word) for word in found)


def _ratings(text: str) -> list[str]:
    out = []
    for kind, pattern in _RATINGS:
        for match in pattern.finditer(text):
            value = match.group(match.lastindex or 0).strip()
            out.append(f"{value} ({kind})")
    return _unique(out)


def _codes(text: str, standards: list[str]) -> list[str]:
    taken = {s.replace(" ", "").casefold() for s in standards}
    candidates = [m.group(1) for m in _CODE_LABEL.finditer(text)]
    candidates += [m.group(0) for m in _CODE_MIXED.finditer(text)]
    candidates += [m.group(1) for m in _CODE_LINE.finditer(text)]
    out = []
    for code in candidates:
        code = code.strip(".-/")
        bare = code.replace(" ", "").casefold()
        if len(code) < 3 or not any(c.isdigit() for c in code) or bare in taken:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", code):  # a year, not a code
            continue
        if any(bare in s for s in taken):
            continue
        out.append(code)
    return _unique(out)


def _names(text: str) -> list[str]:
    names = [m.group(1) for m in _NAME_LABEL.finditer(text)]
    # A bare code on its own line is a catalog entry: its neighbour line is the product's name.
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if _CODE_LINE.fullmatch(line) and i + 1 < len(lines):
            nxt = lines[i + 1]
            if nxt and not _CODE_LINE.fullmatch(nxt) and len(nxt.split()) <= 6:
                names.append(nxt)
    return _unique(names)


def _non_latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 0x24F) / len(letters)


def extract_metadata(text: str) -> dict[str, Any]:
    """The attributes found in `text`, grouped; `found` counts them, `reason` explains a 0."""
    text = text or ""
    standards = _unique(m.group(0) for m in _STANDARD.finditer(text))
    result: dict[str, Any] = {
        "identity": {"product_codes": _codes(text, standards), "names": _names(text)},
        "physical": {
            "dimensions": _dimensions(text),
            "thickness": _thickness(text),
            "weight": _weights(text),
        },
        "visual": {
            "colours": _words_found("colours", text),
            "finishes": _words_found("finishes", text),
        },
        "technical": {
            "materials": _words_found("materials", text),
            "standards": standards,
            "ratings": _ratings(text),
        },
        "commercial": {"prices": _unique(m.group(0) for m in _PRICE.finditer(text))},
        "sustainability": {
            "certifications": _unique(m.group(1) for m in _CERT_PATTERN.finditer(text)),
            "recycled_content": _unique(
                f"{_number(m.group(1))} %" for m in _PERCENT_RECYCLED.finditer(text)
            ),
            "claims": _words_found("sustainability", text),
        },
        "installation": {"methods": _words_found("installation", text)},
    }
    found = sum(len(values) for group in result.values() for values in group.values())
    result["found"] = found
    result["reason"] = None if found else _why_empty(text)
    return result


def _why_empty(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        return "the chunk has no text to look for attributes in"
    share = _non_latin_share(stripped)
    if share > 0.5:
        return (
            f"no attributes found in {len(stripped)} characters of text; {share:.0%} of its "
            "letters are in a non-Latin script, which the attribute dictionaries do not cover"
        )
    return (
        f"no dimensions, materials, colours, finishes, codes, standards, ratings or prices "
        f"found in {len(stripped)} characters of text"
    )
