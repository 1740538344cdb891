"""A currency OCR misreads without the language's model: "49,90 zł" read "49,90 zt" by an
English model is a price again; the same letters elsewhere are left as read."""

from __future__ import annotations

from typing import Any

from pdfqueue.engines.layout import page_from_ocr


def _word(text: str, left: int, width: int) -> dict[str, Any]:
    return {
        "text": text,
        "confidence": 95.0,
        "bbox": (left, 100, left + width, 120),
        "baseline": 118.0,
        "font_px": 20.0,
    }


def _read(*words: dict[str, Any]) -> str:
    page = page_from_ocr({"width": 1000, "words": list(words)}, 1, 500.0, 700.0)
    return page.text


def test_a_zloty_price_read_without_its_letter_is_a_price_again() -> None:
    assert _read(_word("49,90", 100, 60), _word("zt", 166, 20)) == "49,90 zł"
    assert _read(_word("1.290", 100, 60), _word("zl", 166, 20)) == "1.290 zł"


def test_a_koruna_price_read_without_its_hacek_is_a_price_again() -> None:
    assert _read(_word("17 690", 100, 60), _word("K¢", 166, 20)) == "17 690 Kč"
    assert _read(_word("8 090", 100, 60), _word("Kc", 166, 20)) == "8 090 Kč"
    assert _read(_word("990", 100, 40), _word("Ké", 146, 20)) == "990 Kč"


def test_a_bold_price_s_wider_word_space_still_joins_its_currency() -> None:
    """A large bold "649,00 zł": the space before "zł" measured 0.44 em (9 px at 20 px)."""
    assert _read(_word("649,00", 100, 60), _word("zt", 169, 20)) == "649,00 zł"


def test_the_same_letters_not_after_an_amount_stay_as_read() -> None:
    assert _read(_word("Kód", 100, 60), _word("Kc", 166, 20)) == "Kód Kc"
    assert _read(_word("Model", 100, 60), _word("zt", 166, 20)) == "Model zt"
    assert _read(_word("49,90", 100, 60), _word("zt", 400, 20)).endswith("zt")  # far apart


def test_a_dong_amount_read_with_a_d_is_a_price_again() -> None:
    assert _read(_word("8.490.000d", 100, 90)) == "8.490.000₫"
    assert _read(_word("12.990.000d", 100, 100)) == "12.990.000₫"


def test_a_d_after_other_figures_stays_as_read() -> None:
    assert _read(_word("490d", 100, 40)) == "490d"  # no thousands grouped by dots
    assert _read(_word("4.900d", 100, 50)) == "4.900d"  # one group: not the dong's millions
    assert _read(_word("2nd", 100, 30)) == "2nd"


def _line(top: int, *words: tuple[str, int, int]) -> list[dict[str, Any]]:
    return [
        {
            "text": text,
            "confidence": 95.0,
            "bbox": (left, top, left + width, top + 20),
            "baseline": top + 18.0,
            "font_px": 20.0,
        }
        for text, left, width in words
    ]


def test_a_menus_dollar_price_read_as_a_percent_at_its_lines_end_is_a_price_again() -> None:
    """A menu prices "9$": OCR read one "9%"; at its line's end, on a page of "N$" prices,
    it is "9$" again. A percentage inside a line ("10% off") stays."""
    menu = [
        *_line(100, ("Focaccia", 100, 120), ("6$", 240, 30)),
        *_line(140, ("Primavera", 100, 130), ("9%", 250, 30)),
        *_line(180, ("Carpaccio", 100, 130), ("10$", 250, 40)),
        *_line(220, ("Tartar", 100, 90), ("9$", 210, 30)),
        *_line(260, ("Save", 100, 60), ("10%", 170, 40), ("today", 220, 70)),
    ]
    text = page_from_ocr({"width": 1000, "words": menu}, 1, 500.0, 700.0).text
    assert "Primavera 9$" in text
    assert "Save 10% today" in text


def test_a_percent_at_a_lines_end_stays_on_a_page_without_dollar_prices() -> None:
    rates = [
        *_line(100, ("Growth", 100, 100), ("9%", 220, 30)),
        *_line(140, ("Margin", 100, 100), ("12%", 220, 40)),
        *_line(180, ("Fee", 100, 60), ("5$", 180, 30)),
    ]
    text = page_from_ocr({"width": 1000, "words": rates}, 1, 500.0, 700.0).text
    assert "Growth 9%" in text and "Margin 12%" in text


def test_a_price_column_s_title_per_unit_read_without_its_letters_is_itself_again() -> None:
    """A tile list's "zł/m²" over its prices read "zt/m?" (the "ł" and the "²" the English
    model lacks): the title names the price column again, as the text layer's does."""
    assert _read(_word("zt/m?", 100, 60)) == "zł/m²"
    assert _read(_word("zt/opak.", 100, 80)) == "zł/opak."
    assert _read(_word("Kc/ks", 100, 60)) == "Kč/ks"


def test_other_words_with_a_slash_stay_as_read() -> None:
    assert _read(_word("km/h", 100, 60)) == "km/h"
    assert _read(_word("zt/10", 100, 60)) == "zt/10"  # no unit after the slash
    assert _read(_word("zt/kg?", 100, 60)) == "zt/kg?"  # a "?" after no square's unit
    assert _read(_word("m?/szt.", 100, 60)) == "m?/szt."
