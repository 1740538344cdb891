"""A typed or exported sheet's rules of dashes on a scan: "----- record 0002 / 0003 ------"
lines whose dashes OCR reads as a run of flat "e", "S", "R" words. They are no text of the page
(left in, they came between a record's lines and parted it); a word or two as flat (a dash
read as "e", a mark beside a word) stays."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import DocumentLayout, page_from_ocr

SCALE = 200 / 72  # pixels per point
WIDTH, HEIGHT = 595, 842
SIZE = 7.5  # points: a fixed-width font's small type


def _word(text: str, left: float, baseline: float, confidence: float = 91.0) -> dict:
    right = left + 0.6 * SIZE * len(text)
    return {
        "text": text,
        "confidence": confidence,
        "bbox": [
            round(left * SCALE),
            round((baseline - 0.72 * SIZE) * SCALE),
            round(right * SCALE),
            round(baseline * SCALE),
        ],
        "baseline": baseline * SCALE,
        "font_px": SIZE * SCALE,
    }


def _speck(text: str, left: float, baseline: float) -> dict:
    """A few dashes read as a letter: as flat as a dash, at the dashes' height (mid x-height)."""
    middle = baseline - 0.3 * SIZE
    return {
        "text": text,
        "confidence": 30.0,
        "bbox": [
            round(left * SCALE),
            round((middle - 0.6) * SCALE),
            round((left + 6) * SCALE),
            round((middle + 0.6) * SCALE),
        ],
        "baseline": baseline * SCALE,
        "font_px": SIZE * SCALE,
    }


def _line(text: str, left: float, baseline: float) -> list[dict]:
    out = []
    for token in text.split(" "):
        out.append(_word(token, left, baseline))
        left += 0.6 * SIZE * (len(token) + 1)
    return out


RECORDS = [
    ("Enamelled Cast Iron Casserole", "KK-7666-F", "GBP 89.00"),
    ("Tri-Ply Stainless Saucepan", "KK-7699-A", "GBP 52.00"),
    ("Carbon Steel Wok", "KK-8047-E", "GBP 38.50"),
]


def _export(specks: int) -> list[dict]:
    """Records of field lines, each under a "----- record N / 0003 -----" line whose dashes at
    the right were read as `specks` flat letters."""
    words: list[dict] = []
    top = 80.0
    for n, (title, sku, price) in enumerate(RECORDS, start=1):
        words += _line(f"record {n:04d} / 0003", 70, top)
        words += [_speck("eSRe"[i % 4], 170 + 12 * i, top) for i in range(specks)]
        fields = [("title", title), ("sku", sku), ("list_price", price)]
        for k, (key, value) in enumerate(fields, start=1):
            words += _line(f"{key} {'.' * (14 - len(key))} {value}", 40, top + 6 + 10 * k)
        top += 70
    return words


def _page(words: list[dict]):
    result = {"words": words, "width": round(WIDTH * SCALE), "rotation": 0}
    return page_from_ocr(result, 1, WIDTH, HEIGHT)


def test_a_rule_of_dashes_read_as_flat_letters_is_no_text() -> None:
    page = _page(_export(specks=20))
    texts = [b.text for b in page.blocks]
    assert not any(t in {"e", "S", "R"} for text in texts for t in text.split())
    products = products_from_layout(DocumentLayout([page]))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (title, [sku], [price]) for title, sku, price in RECORDS
    ]


def test_a_flat_word_or_two_beside_a_line_stays() -> None:
    """Control: three flat words at the end of a line are fewer than a rule's run: kept."""
    page = _page(_export(specks=3))
    words = [t for b in page.blocks for t in b.text.split()]
    assert words.count("e") == 3 and words.count("S") == 3 and words.count("R") == 3
