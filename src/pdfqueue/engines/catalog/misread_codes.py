"""Article codes as OCR may misread them: the same code printed on two pages of a scan (a
priced card, then a back page's index of references) can come out as "SI-9037" and "$1-9037",
or "LI-8813" and "LI1-8813" (a glyph split in two). Tesseract confuses a few shapes only
(I, l, | and 1; O and 0; S, $ and 5; B and 8; Z and 2), so two codes that differ only by those,
or by one character doubled, are one code read twice; any other difference (a digit for
another digit, a letter for another letter) is another article."""

from __future__ import annotations

import re

# each shape OCR confuses, folded to the digit it looks like
_FOLD = str.maketrans(
    {
        "I": "1",
        "l": "1",
        "|": "1",
        "O": "0",
        "o": "0",
        "S": "5",
        "s": "5",
        "$": "5",
        "B": "8",
        "Z": "2",
        "z": "2",
    }
)


def code_shape(code: str) -> str:
    """A code's letters and digits, upper case, with OCR's confusable shapes folded to one:
    "$1-9037" and "SI-9037" both give "519037"."""
    return re.sub(r"[^0-9A-Z]", "", code.translate(_FOLD).upper())


def misread_as(code: str, other: str) -> bool:
    """`code` may be `other` as OCR misread it: the same shapes, or the same but for one
    character doubled in either ("L118813" for "L18813")."""
    a, b = code_shape(code), code_shape(other)
    if a == b:
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
        if longer[i] == longer[i - 1]
    )
