"""Roman numerals of capital I's in scanned names ("Series III", "Mk.I", "B.III"): Tesseract
reads them unsurely as "Il", "Mk.|", "B.llII" (confidence 0 to 20), and they were dropped with
the specks, cutting a name short or apart. After a word of the name read surely, close and as
tall as it, they stay as I's. Controls: a stroke apart from the text (a rule's piece read
as "|") or taller than the line stays dropped."""

from __future__ import annotations

from pdfqueue.engines.layout import page_from_ocr

SCALE = 200 / 72  # pixels per point
WIDTH, HEIGHT = 595, 842
SIZE = 11.5  # points: a card's bold name
EM = SIZE * SCALE


def _word(text: str, left: float, baseline: float, width: float, confidence: float = 92.0):
    return {
        "text": text,
        "confidence": confidence,
        "bbox": [
            round(left * SCALE),
            round((baseline - 0.72 * SIZE) * SCALE),
            round((left + width) * SCALE),
            round(baseline * SCALE),
        ],
        "baseline": baseline * SCALE,
        "font_px": EM,
    }


def _texts(words: list[dict]) -> list[str]:
    result = {"words": words, "width": round(WIDTH * SCALE), "rotation": 0}
    return [b.text for b in page_from_ocr(result, 1, WIDTH, HEIGHT).blocks]


def test_unsure_strokes_after_a_names_words_are_its_roman_numeral() -> None:
    words = [
        _word("Land", 44, 100, 25),
        _word("Rover", 73, 100, 31),
        _word("Series", 108, 100, 32),
        _word("Il", 144, 100, 8.3, confidence=0),  # III in bold: three strokes' width
        _word("109", 156, 100, 18, confidence=96),
        _word("Hawker", 44, 200, 38),
        _word("Hurricane", 86, 200, 50),
        _word("Mk.|", 140, 200, 20, confidence=0),
    ]
    assert _texts(words) == ["Land Rover Series III 109", "Hawker Hurricane Mk.I"]


def test_strokes_apart_from_the_text_or_taller_than_it_stay_dropped() -> None:
    rule_piece = _word("|", 70, 260, 1.5, confidence=5)
    rule_piece["bbox"][1] -= round(8 * SCALE)  # twice the line's height: a rule's piece
    words = [
        _word("Hawker", 44, 200, 38),
        _word("Hurricane", 86, 200, 50),
        _word("l", 180, 200, 2, confidence=3),  # far right of the name: a speck
        _word("Avro", 44, 260, 24),
        rule_piece,
    ]
    assert _texts(words) == ["Hawker Hurricane", "Avro"]


def test_strokes_before_a_gap_wider_than_a_word_space_stay_dropped() -> None:
    """Control: unsure strokes after a name, then a gap of some ems before the next column's
    words ("Ford Focus Il   1.0 EcoBoost"): kept, they would bring the columns within a word
    space's reach of each other; they stay dropped and the two cells apart."""
    words = [
        _word("Ford", 44, 100, 19),
        _word("Focus", 67, 100, 26),
        _word("Il", 97, 100, 8, confidence=0),
        _word("1.0", 116, 100, 10),
        _word("EcoBoost", 129, 100, 32),
    ]
    texts = _texts(words)
    assert "Il" not in " ".join(texts) and "III" not in " ".join(texts)


def test_strokes_read_surely_as_i_and_l_after_a_name_are_its_roman_numeral() -> None:
    """Tesseract reads a sans serif's numeral II or III surely as "Il" or "Ill" (confidence 57
    and 69): after a name's word, a figure or nothing after them, they are the numeral's I's
    ("Dacia Logan II 1.5 dCi", a group row naming the model its parts fit)."""
    words = [
        _word("Dacia", 44, 100, 30),
        _word("Logan", 78, 100, 34),  # its "g" reaches below the strokes' feet
        _word("Il", 118, 100, 7, confidence=57),
        _word("1.5", 140, 100, 14),
        _word("dCi", 157, 100, 16),
        _word("Skoda", 44, 200, 36),
        _word("Octavia", 84, 200, 46),
        _word("Ill", 136, 200, 10, confidence=69),
    ]
    words[1]["bbox"][3] += round(2.5 * SCALE)
    texts = " / ".join(_texts(words))
    assert "Dacia Logan II" in texts and "Skoda Octavia III" in texts and "Il" not in texts


def test_strokes_read_surely_before_a_word_or_alone_stay_as_read() -> None:
    """Controls: "Il" before a word is one ("Ristorante Il Gabbiano"); leading its line, no
    name before it, it is a word too ("Il Forno"); a word of l's alone ("Ill") is no mix."""
    words = [
        _word("Ristorante", 44, 100, 60),
        _word("Il", 108, 100, 7, confidence=91),
        _word("Gabbiano", 119, 100, 50),
        _word("Il", 44, 200, 7, confidence=91),
        _word("Forno", 55, 200, 34),
        _word("12,50", 200, 200, 28),
        _word("Grill", 44, 300, 24),
        _word("lll", 72, 300, 8, confidence=70),
    ]
    texts = _texts(words)
    assert "Ristorante Il Gabbiano" in texts
    assert any(t.startswith("Il Forno") for t in texts)
    assert not any("III" in t for t in texts)
