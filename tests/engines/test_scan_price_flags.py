"""Scanned cards whose price is printed white on a narrow dark flag turned along the card's
edge, beside its photo (an office supplies catalogue's cards): the flag is an upright badge
narrower than the margins a dark card's lettering keeps from its edges, so the check that
finds a dark thing on a photo (light only at its edges) must not drop it. Each flag's price
comes out as a turned word; the control, the same flags bare, gives no turned words."""

from __future__ import annotations

import io

import numpy as np
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.ocr import OcrEngine

PRICES = ["£18.95", "£12.49", "£22.99"]


def _cards_png(priced: bool) -> bytes:
    """An A4 page of three cards, each a grey photo with a dark flag 16 points wide along its
    right edge (with its price reading upward, when `priced`), a name under it; rasterised at
    200 dpi with a scanner's noise."""
    import pypdfium2 as pdfium

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 40, "DeskSupply - filing and paper")
    for index, price in enumerate(PRICES):
        left = 44 + 178 * index
        for step in range(20):  # a photo: a grey gradient
            pdf.set_fill_color(200 - 3 * step)
            pdf.rect(left, 84 + 5.2 * step, 126, 5.3, style="F")
        pdf.set_fill_color(95)
        pdf.rect(left + 134, 84, 16, 58, style="F")
        if priced:
            pdf.set_text_color(255)
            pdf.set_font("Helvetica", "B", 9)
            with pdf.rotation(90, left + 146, 136):
                pdf.text(left + 146, 136, price)
        pdf.set_text_color(0)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(left, 210, f"Lever Arch File {index + 1}")
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=200 / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(3).normal(0, 6, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


def test_prices_on_narrow_flags_beside_photos_are_read_turned(ocr_engine: OcrEngine) -> None:
    words = ocr_engine.recognize(_cards_png(True)).words
    assert {w.text for w in words if w.turned} == set(PRICES), words


def test_bare_narrow_flags_give_no_turned_words(ocr_engine: OcrEngine) -> None:
    words = ocr_engine.recognize(_cards_png(False)).words
    assert not [w for w in words if w.turned], words
