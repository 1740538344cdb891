"""A scanned page of lamp cards (the blocks as OCR read them): a photo, the name, the finish
and size, a row of spec icons, the code and the price at the card's foot. The captions give
most cards; the card whose spec row OCR read without an icon glyph bridging the gap is left to
the titled entries, and as its code line reaches lower than that of the card beside it (whose
code line OCR lost) the price at that card's right falls to it too: it is the captioned card's,
and the card left keeps its own entry."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

# kind, box, lines, OCR'd size
LAMPS = [
    ("heading", (41, 16, 238, 36), ["Vagg, spot och utomhus"], 17.4),
    ("figure", (36, 63, 293, 182), [""], 0.0),
    ("caption", (40, 188, 143, 201), ["Vagglampa Fjaril 30"], 11.8),
    ("caption", (40, 204, 67, 213), ["Vit matt"], 7.7),
    ("heading", (40, 213, 107, 226), ["@30 cm- H 84 cm"], 10.6),
    ("paragraph", (48, 253, 60, 262), ["LED"], 7.3),
    ("paragraph", (83, 253, 104, 262), ["2200 K"], 7.3),
    ("paragraph", (40, 273, 88, 281), ["Artnr 74-9520"], 7.5),
    ("paragraph", (127, 253, 141, 262), ["P65"], 7.3),
    ("paragraph", (167, 254, 182, 262), ["18 W"], 7.3),
    ("paragraph", (235, 269, 290, 283), ["1499 kr"], 11.9),
    ("figure", (301, 63, 558, 182), [""], 0.0),
    ("caption", (306, 188, 411, 201), ["Fasadlampa Opal 12"], 11.8),
    ("caption", (306, 204, 338, 213), ["Ek / linne"], 7.7),
    ("heading", (306, 214, 372, 226), ["@12cm-H80cm"], 10.6),
    ("paragraph", (313, 254, 325, 262), ["E27"], 7.3),
    ("paragraph", (349, 254, 370, 262), ["2700 K"], 7.3),
    ("caption", (394, 229, 405, 253), ["5"], 20.8),
    ("heading", (391, 252, 406, 263), ["1P65"], 9.5),
    ("caption", (434, 229, 444, 253), ["5"], 20.8),
    ("heading", (433, 252, 445, 263), ["aw"], 9.5),
    ("paragraph", (500, 269, 555, 283), ["5649 kr"], 11.9),
    ("figure", (40, 313, 297, 435), [""], 0.0),
    ("figure", (301, 313, 562, 432), [""], 0.0),
    ("caption", (305, 437, 413, 451), ["Vagglampa Kupol 30"], 11.9),
    ("caption", (305, 453, 344, 463), ["Gron emalj"], 8.6),
    ("heading", (305, 463, 371, 476), ["@30cm-H16cm"], 11.8),
    ("caption", (40, 437, 132, 451), ["Spotlight Hylla 18"], 11.9),
    ("caption", (40, 453, 106, 463), ["Massing / opalglas"], 8.6),
    ("caption", (40, 459, 107, 476), ["@18cm-H45cm"], 14.8),
    ("caption", (129, 472, 139, 503), ["o"], 27.6),
    ("heading", (311, 501, 325, 513), ["LED"], 10.6),
    ("heading", (44, 502, 63, 512), ["GU10"], 9.5),
    ("paragraph", (83, 503, 104, 512), ["3000 K"], 7.3),
    ("paragraph", (167, 504, 173, 512), ["18"], 7.3),
    ("paragraph", (349, 504, 369, 512), ["2700 K"], 7.3),
    ("paragraph", (433, 504, 444, 512), ["8w"], 7.3),
    ("paragraph", (40, 522, 88, 532), ["Art.nr 91-8946"], 7.6),
    ("paragraph", (234, 518, 289, 533), ["3595 kr"], 11.9),
    ("paragraph", (500, 519, 555, 533), ["1 295 kr"], 11.9),
    ("figure", (40, 566, 297, 685), [""], 0.0),
    ("caption", (40, 687, 157, 701), ["Fasadlampa Strand 60"], 11.8),
    ("caption", (40, 703, 91, 713), ["Rokfargat glas"], 8.6),
    ("heading", (40, 713, 107, 725), ["@60cm- H38cm"], 10.7),
    ("paragraph", (48, 753, 60, 761), ["LED"], 7.3),
    ("paragraph", (83, 753, 104, 761), ["2200 K"], 7.3),
    ("caption", (169, 729, 179, 753), ["&"], 20.8),
    ("paragraph", (167, 753, 181, 761), ["12 w"], 7.3),
    ("paragraph", (40, 773, 87, 782), ["Art.nr 11-5796"], 7.6),
    ("paragraph", (235, 768, 289, 783), ["1499 kr"], 11.9),
    ("figure", (305, 562, 562, 681), [""], 0.0),
    ("caption", (305, 687, 397, 701), ["Spotlight Fjaril 60"], 11.8),
    ("caption", (305, 703, 356, 713), ["Rokfargat glas"], 8.6),
    ("caption", (350, 709, 375, 727), ["158 cm"], 12.7),
    ("heading", (305, 713, 325, 726), ["260«"], 10.7),
    ("paragraph", (310, 753, 327, 762), ["GU10"], 7.3),
    ("paragraph", (348, 754, 369, 762), ["2700 K"], 7.3),
    ("paragraph", (305, 773, 352, 782), ["Art.nr 23-6924"], 7.7),
    ("paragraph", (392, 754, 405, 762), ["P44"], 7.3),
    ("paragraph", (433, 754, 444, 762), ["6 w"], 7.3),
    ("paragraph", (499, 769, 555, 783), ["2 599 kr"], 11.9),
    (
        "paragraph",
        (40, 813, 222, 821),
        ["Norrsken Ljus 2026 - Rekommenderade priser inkl. moms"],
        7.3,
    ),
    ("footer", (551, 814, 555, 822), ["5"], 7.3),
]


def _page(rows: list[tuple[str, tuple[float, float, float, float], list[str], float]]):
    page = PageLayout(5, 595, 842, source="ocr")
    page.blocks = [
        Block(kind, box, "\n".join(lines), font_size=size, lines=lines if kind != "figure" else [])
        for kind, box, lines, size in rows
    ]
    return DocumentLayout([page])


def test_a_card_left_to_the_titled_entries_keeps_its_entry_without_its_neighbour_s_price():
    products = {p.name: p for p in products_from_layout(_page(LAMPS))}
    assert products["Vagglampa Fjaril 30"].codes == ["74-9520"]
    assert products["Vagglampa Fjaril 30"].prices == ["1499 kr"]
    assert products["Fasadlampa Opal 12"].prices == ["5649 kr"]
    assert len(products) == 6


def test_a_card_left_with_nothing_but_its_neighbour_s_price_is_no_product() -> None:
    """Control: its own price unread and its code's label misread ("Arfnr"), the card left
    holds only the price beside it, which is the captioned card's: as before, no product."""
    lamps = [row for row in LAMPS if row[1] != (235, 269, 290, 283)]  # its own price
    lamps = [(k, b, ["Arfnr 74-9520"] if t == ["Artnr 74-9520"] else t, s) for k, b, t, s in lamps]
    products = {p.name: p for p in products_from_layout(_page(lamps))}
    assert "Vagglampa Fjaril 30" not in products
    assert products["Fasadlampa Opal 12"].prices == ["5649 kr"]
