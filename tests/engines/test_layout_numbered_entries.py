"""A scanned guide's key to its photo: numbered entries in two lists side by side ("1  Prsten
Zora" over its material, its code and its price), the lines level across the gutter. OCR
parted the numbers from their titles (a wide gap), and the lines read as a table of four
columns (number, entry, number, entry) that offered nothing; they are entries, each a product.
A table's position column, numbering every row, stays a table."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import DocumentLayout, page_from_ocr

DPI = 200
PX = DPI / 72  # pixels a point


def _line(x: float, baseline: float, size: float, text: str) -> list[dict[str, object]]:
    """OCR words of one line set at (x, baseline) points in `size` points, as pixels."""
    words, left = [], x
    for word in text.split():
        wide = 0.55 * size * len(word)
        words.append(
            {
                "text": word,
                "confidence": 92.0,
                "bbox": (
                    round(left * PX),
                    round((baseline - 0.72 * size) * PX),
                    round((left + wide) * PX),
                    round(baseline * PX),
                ),
                "baseline": baseline * PX,
                "font_px": size * PX,
            }
        )
        left += wide + 0.3 * size
    return words


# the key's lines as OCR read them off a 200 dpi scan: (baseline, [(text, left, top, right,
# bottom, type size)]), pixels; the numbers set larger than their titles
KEY = [
    (
        1268,
        [
            ("1", 104, 1238, 125, 1267, 41.7),
            ("Vjencani", 161, 1245, 292, 1273, 33.3),
            ("prsten", 306, 1247, 404, 1273, 33.3),
            ("Klasik", 418, 1245, 512, 1268, 33.3),
            ("2", 842, 1238, 863, 1267, 41.7),
            ("Vjencani", 900, 1245, 1031, 1273, 33.3),
            ("prsten", 1045, 1247, 1143, 1273, 33.3),
            ("Sjaj", 1156, 1245, 1212, 1274, 33.3),
        ],
    ),
    (
        1304,
        [
            ("Zuto", 162, 1285, 208, 1304, 25.0),
            ("zlato", 216, 1285, 269, 1304, 25.0),
            ("585,", 278, 1286, 325, 1306, 25.0),
            ("4", 341, 1286, 347, 1303, 25.0),
            ("mm", 357, 1290, 397, 1303, 25.0),
            ("bijelo", 902, 1285, 959, 1308, 25.0),
            ("zlato", 967, 1286, 1020, 1304, 25.0),
            ("585,", 1029, 1286, 1076, 1306, 25.0),
            ("5", 1086, 1286, 1098, 1304, 25.0),
            ("briljanata,", 1108, 1285, 1216, 1308, 25.0),
            ("0,10", 1226, 1286, 1274, 1306, 25.0),
            ("ct", 1283, 1287, 1303, 1304, 25.0),
        ],
    ),
    (
        1336,
        [
            ("Sifra", 162, 1315, 210, 1337, 26.4),
            ("ZL-1581", 220, 1319, 309, 1336, 26.4),
            ("Sifra", 901, 1315, 949, 1337, 26.4),
            ("ZL-3900", 959, 1319, 1049, 1337, 26.4),
        ],
    ),
    (
        1379,
        [
            ("540,00", 162, 1357, 267, 1382, 30.6),
            ("€", 277, 1357, 296, 1379, 30.6),
            ("780,00", 901, 1357, 1006, 1382, 30.6),
            ("€", 1016, 1357, 1035, 1379, 30.6),
        ],
    ),
    (
        1472,
        [
            ("4", 840, 1443, 864, 1472, 40.6),
            ("Ogrlica", 901, 1451, 1009, 1478, 32.4),
            ("Perla", 1023, 1450, 1101, 1473, 32.4),
        ],
    ),
    (
        1473,
        [
            ("3", 102, 1443, 124, 1473, 41.6),
            ("Nausnice", 163, 1450, 302, 1473, 32.4),
            ("Zvijezda", 314, 1450, 443, 1478, 32.4),
        ],
    ),
    (
        1510,
        [
            ("bijelo", 162, 1491, 219, 1514, 25.0),
            ("zlato", 227, 1492, 281, 1510, 25.0),
            ("585,", 290, 1492, 336, 1512, 25.0),
            ("safir,", 346, 1492, 399, 1512, 25.0),
            ("0,60", 409, 1492, 456, 1512, 25.0),
            ("ct", 466, 1493, 486, 1510, 25.0),
            ("slatkovodni", 900, 1491, 1026, 1510, 25.0),
            ("biseri,", 1035, 1491, 1100, 1512, 25.0),
            ("srebrna", 1110, 1492, 1193, 1510, 25.0),
            ("kopéa", 1203, 1491, 1267, 1514, 25.0),
        ],
    ),
    (
        1542,
        [
            ("Sifra", 162, 1521, 210, 1543, 26.4),
            ("ZL-2333", 220, 1525, 310, 1543, 26.4),
            ("Sifra", 901, 1521, 949, 1543, 26.4),
            ("ZL-1202", 959, 1525, 1048, 1543, 26.4),
        ],
    ),
    (
        1585,
        [
            ("1.120,00", 164, 1563, 297, 1588, 31.2),
            ("€", 307, 1563, 326, 1585, 31.2),
            ("249,00", 902, 1562, 1006, 1588, 31.2),
            ("€", 1016, 1563, 1035, 1585, 31.2),
        ],
    ),
    (
        1679,
        [
            ("5", 103, 1649, 124, 1679, 41.7),
            ("Bros", 163, 1656, 229, 1679, 33.3),
            ("Sipak", 241, 1652, 328, 1684, 33.3),
            ("6", 841, 1649, 864, 1679, 41.7),
            ("Prsten", 902, 1657, 1000, 1679, 33.3),
            ("Smaragd", 1012, 1656, 1149, 1684, 33.3),
            ("Kraljica", 1163, 1656, 1278, 1684, 33.3),
        ],
    ),
    (
        1715,
        [
            ("srebro", 162, 1696, 231, 1715, 25.0),
            ("925,", 240, 1697, 286, 1717, 25.0),
            ("emajl,", 296, 1696, 362, 1719, 25.0),
            ("granat", 372, 1698, 445, 1719, 25.0),
            ("Zuto", 901, 1696, 947, 1715, 25.0),
            ("zlato", 955, 1697, 1008, 1715, 25.0),
            ("750,", 1017, 1697, 1063, 1717, 25.0),
            ("smaragd,", 1073, 1697, 1176, 1719, 25.0),
            ("2,05", 1186, 1697, 1233, 1717, 25.0),
            ("ct", 1242, 1698, 1263, 1715, 25.0),
        ],
    ),
    (
        1748,
        [
            ("Sifra", 162, 1727, 210, 1749, 26.4),
            ("ZL-2342", 220, 1731, 309, 1749, 26.4),
            ("Sifra", 901, 1727, 949, 1749, 26.4),
            ("ZL-8142", 959, 1731, 1048, 1749, 26.4),
        ],
    ),
    (
        1790,
        [
            ("135,00", 164, 1768, 267, 1793, 31.2),
            ("€", 277, 1768, 296, 1790, 31.2),
            ("Cijena", 901, 1767, 994, 1796, 31.2),
            ("na", 1008, 1773, 1043, 1790, 31.2),
            ("upit", 1055, 1767, 1117, 1795, 31.2),
        ],
    ),
]


def _key_page() -> DocumentLayout:
    words = _line(36, 30, 16, "ZLATARNA ADRIA")
    for baseline, line in KEY:
        for text, left, top, right, bottom, size in line:
            box = (left, top, right, bottom)
            words.append(
                {
                    "text": text,
                    "confidence": 92.0,
                    "bbox": box,
                    "baseline": baseline,
                    "font_px": size,
                }
            )
    result = {"words": words, "width": round(595 * PX), "height": round(842 * PX)}
    return DocumentLayout([page_from_ocr(result, 1, 595.0, 842.0)])


def test_numbered_entries_side_by_side_are_no_table() -> None:
    document = _key_page()
    assert not [b for b in document.pages[0].blocks if b.kind == "table"]
    products = {p.name: p for p in products_from_layout(document)}
    assert {"Vjencani prsten Klasik", "Nausnice Zvijezda", "Ogrlica Perla"} <= set(products)
    assert products["Vjencani prsten Klasik"].prices == ["540,00 €"]


def test_a_position_column_numbering_every_row_stays_a_table() -> None:
    """Positions 1-6, each row an item in the rows' size with its unit, quantity and price."""
    words: list[dict[str, object]] = []
    words += _line(36, 30, 16, "Ponudba")
    for row in range(6):
        y = 120 + 16 * row
        words += _line(40, y, 9.3, str(row + 1))
        words += _line(70, y, 9.3, f"Robnik beton {row + 8}/20")
        words += _line(300, y, 9.3, "kos")
        words += _line(380, y, 9.3, str(10 + row))
        words += _line(470, y, 9.3, f"{4 + row},84 €")
    result = {"words": words, "width": round(595 * PX), "height": round(842 * PX)}
    page = page_from_ocr(result, 1, 595.0, 842.0)
    assert [b for b in page.blocks if b.kind == "table"]
