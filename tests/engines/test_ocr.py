"""The OCR engine on real scans from the corpus, with the bundled Tesseract and models."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pdfqueue.engines.ocr import (
    MIN_OCR_SIDE_PX,
    OcrEngine,
    OcrError,
    bundled_tessdata_dir,
    get_engine,
)
from pdfqueue.engines.pdf import ExtractedImage, iter_pages, render_page

FRENCH_PANGRAM = (
    "Portez ce vieux whisky au juge blond qui fume sur son île intérieure, à côté de l'alcôve "
    "ovoïde, où les bûches se consument dans l'âtre, ce qui lui permet de penser à la "
    "cænogénèse de l'être dont il est question dans la cause ambiguë entendue à Moÿ, dans un "
    "capharnaüm qui, pense-t-il, diminue çà et là la qualité de son œuvre."
)


def words(text: str, min_length: int = 3) -> set[str]:
    """Lower-case words, accents folded (the English model reads 'côté' as 'coté')."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return set(re.findall(rf"[a-z]{{{min_length},}}", folded))


def recall(reference: str, found: str) -> float:
    expected = words(reference)
    return len(expected & words(found)) / len(expected)


def page_render(path: Path, max_pixels: int = 4_000_000) -> ExtractedImage:
    (page,) = iter_pages(path, max_image_pixels=max_pixels)
    (image,) = [i for i in page.images if i.needs_ocr]
    return image


def test_book_page_scan_reads_as_english(corpus: Path, ocr_engine: OcrEngine) -> None:
    result = ocr_engine.recognize(page_render(corpus / "scan-book-page-huckleberry-finn.pdf").data)
    assert result.skipped_reason is None and result.engine == "tesseract"
    assert result.version.startswith("5.")
    assert {"went", "along", "path", "trees", "back", "towards", "amongst"} <= words(result.text)
    assert result.mean_confidence is not None and result.mean_confidence > 70 and result.has_text
    assert len(result.words) > 100 and result.duration_seconds > 0
    left, top, right, bottom = result.words[0].bbox
    assert 0 <= left < right <= result.width and 0 <= top < bottom <= result.height


def test_rotated_scan_is_turned_upright(corpus: Path, ocr_engine: OcrEngine) -> None:
    result = ocr_engine.recognize(page_render(corpus / "scan-rotated-90.pdf", 1_500_000).data)
    assert result.rotation in (90, 270)
    assert "Docling bundles PDF document conversion" in result.text
    assert {"json", "markdown", "package"} <= words(result.text)


def test_french_diacritics_with_the_english_model(corpus: Path, ocr_engine: OcrEngine) -> None:
    result = ocr_engine.recognize(page_render(corpus / "scan-french-diacritics.pdf").data)
    assert result.rotation == 0
    assert recall(FRENCH_PANGRAM, result.text) >= 0.8
    assert "intérieure" in result.text  # accents the English model knows survive


def test_ocr_of_a_scan_agrees_with_its_own_text_layer(corpus: Path, ocr_engine: OcrEngine) -> None:
    path = corpus / "scan-with-ocr-text-layer-6p.pdf"
    layer = next(iter_pages(path, extract_images=False)).text
    result = ocr_engine.recognize(render_page(path, 1, dpi=150).data)
    # Measured 0.96 at 200 dpi and 0.92 on page 2; the layer is someone else's OCR.
    assert recall(layer, result.text) >= 0.85


def test_tiny_image_is_skipped_with_a_reason(ocr_engine: OcrEngine) -> None:
    buffer = io.BytesIO()
    Image.new("L", (20, MIN_OCR_SIDE_PX - 2), 255).save(buffer, format="PNG")
    result = ocr_engine.recognize(buffer.getvalue())
    assert result.skipped_reason == f"image too small to hold text (20×{MIN_OCR_SIDE_PX - 2} px)"
    assert result.text == "" and result.words == [] and result.mean_confidence is None
    assert not result.has_text


def test_transparent_image_is_read_on_white(
    tmp_path: Path, corpus: Path, ocr_engine: OcrEngine
) -> None:
    scan = render_page(corpus / "scan-book-page-huckleberry-finn.pdf", 1, dpi=100)
    image = Image.open(io.BytesIO(scan.data)).convert("L")
    image = image.crop((0, 0, image.width, image.height // 3))
    # Dark text on a fully transparent background: black on black unless composited on white.
    alpha = image.point(lambda value: 255 - value)
    black = Image.new("L", image.size, 0)
    rgba = Image.merge("RGBA", (black, black, black, alpha))
    path = tmp_path / "transparent.png"
    rgba.save(path)
    assert {"trees", "back", "towards", "garden"} <= words(ocr_engine.recognize(path).text)


def test_unreadable_image_raises_a_readable_error(ocr_engine: OcrEngine) -> None:
    with pytest.raises(OcrError, match="the image cannot be read"):
        ocr_engine.recognize(b"this is not an image")


def test_missing_language_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OcrError) as caught:
        OcrEngine("xyz")
    assert "no OCR model for language 'xyz'" in caught.value.reason
    assert "PDFQUEUE_TESSDATA_DIR" in caught.value.reason
    with pytest.raises(OcrError, match="no OCR model for language 'xyz'"):
        OcrEngine("eng+xyz", tessdata_dir=tmp_path)


def test_languages_from_another_directory_keep_orientation_detection(
    tmp_path: Path, corpus: Path
) -> None:
    """A user directory with one model and no `osd`: a merged directory provides both."""
    user_dir = tmp_path / "tessdata"
    user_dir.mkdir()
    (user_dir / "engcopy.traineddata").symlink_to(bundled_tessdata_dir() / "eng.traineddata")
    engine = OcrEngine("engcopy", tessdata_dir=user_dir)
    try:
        assert engine.datapath not in (user_dir, bundled_tessdata_dir())
        assert {p.name for p in engine.datapath.iterdir()} >= {
            "engcopy.traineddata",
            "osd.traineddata",
        }
        result = engine.recognize(page_render(corpus / "scan-rotated-90.pdf", 1_500_000).data)
        assert result.rotation in (90, 270) and "Markdown" in result.text
    finally:
        engine.close()


def test_one_engine_per_process() -> None:
    assert get_engine("eng") is get_engine("eng")
    assert get_engine().datapath == bundled_tessdata_dir()
    assert get_engine("eng", None, "deu") is get_engine("eng", None, "deu")


# A German price list's lines: words with letters the English model lacks, and figures, units
# and plain words that must keep the English model's reading.
GERMAN_LINES = [
    "Kupplungsköpfe für Güterwagen, 2 Stück     12,95 EUR",
    "Hähnchen-Brustfilet, 250-g-Packung     3,49 EUR",
    "Spülsalz für Geschirrspüler 1,5 kg     2,19 EUR",
    "Fischöl-Kapseln, Großpackung 120 Stück     14,90 EUR",
    "Erkältungsbad mit Eukalyptus 100 ml     5,77 EUR",
    "Gültig bis 31. März, solange der Vorrat reicht.",
]


@pytest.fixture(scope="module")
def german_speller() -> OcrEngine:
    """The pipeline's default: pages read in English, German words respelled."""
    from pdfqueue.config import Settings

    defaults = {name: field.default for name, field in Settings.model_fields.items()}
    assert (defaults["ocr_languages"], defaults["ocr_word_languages"]) == ("eng", "deu")
    return get_engine(defaults["ocr_languages"], None, defaults["ocr_word_languages"])


def test_german_words_are_spelled_by_the_german_model(
    ocr_engine: OcrEngine, german_speller: OcrEngine
) -> None:
    """The English model reads "Güterwagen" "Glterwagen" and "Großpackung" "GrofRpackung";
    the German model, asked about the words read unsurely, spells them. The prices, units
    and the words the English model read surely are the English model's reading."""
    image = _rendered([(11.0, 100.0 + 20 * row, line) for row, line in enumerate(GERMAN_LINES)])
    english = [w.text.strip(",.") for w in ocr_engine.recognize(image).words]
    found = [w.text.strip(",.") for w in german_speller.recognize(image).words]
    respelled = {"Güterwagen", "Stück", "Spülsalz", "Großpackung", "Erkältungsbad", "Gültig"}
    assert respelled <= set(found), found
    assert not respelled & set(english), english  # the English model alone cannot
    figures = ["12,95", "3,49", "1,5", "2,19", "120", "14,90", "100", "ml", "5,77", "31"]
    assert [w for w in found if w in figures] == [w for w in english if w in figures] == figures
    kept = [w for w in english if w.isascii() and w in found]
    assert {"EUR", "mit", "Eukalyptus", "solange", "Vorrat"} <= set(kept)


def test_an_english_page_reads_the_same_with_the_german_speller(
    corpus: Path, ocr_engine: OcrEngine, german_speller: OcrEngine
) -> None:
    """A control: the English words of a book page that the English model read unsurely
    are not respelled in German (no German letter read surer), so nothing changes."""
    scan = page_render(corpus / "scan-book-page-huckleberry-finn.pdf").data
    english = ocr_engine.recognize(scan)
    both = german_speller.recognize(scan)
    assert [(w.text, w.bbox) for w in both.words] == [(w.text, w.bbox) for w in english.words]


def test_a_speller_in_the_page_languages_is_not_loaded_twice() -> None:
    from pdfqueue.engines.ocr import _letters

    engine = OcrEngine("eng+deu", word_languages="deu")
    try:
        assert engine.word_languages == "" and not engine.word_models_loaded
    finally:
        engine.close()
    english = _letters(bundled_tessdata_dir(), ["eng"])
    german = _letters(bundled_tessdata_dir(), ["deu"])
    assert "é" in english and not {"ä", "ö", "ü", "ß"} & english
    assert {"ä", "ö", "ü", "ß", "Ä", "Ö", "Ü"} <= german


def _set_in_dejavu(lines: list[str], size: float = 16.0, dpi: int = 200) -> bytes:
    """A PNG of an A4 page with `lines` set in DejaVu Sans Bold (it prints Vietnamese's
    stacked marks), rendered at `dpi` with a scanner's noise."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DejaVu", "B", size)
    for row, line in enumerate(lines):
        pdf.text(60, 100 + 2.2 * size * row, line)
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(7).normal(0, 10, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_respelling_replaces_a_word_by_one_word(
    ocr_engine: OcrEngine, german_speller: OcrEngine
) -> None:
    """Vietnamese stacks marks over and under a letter ("Hộp"): the English model reads the
    word "Hop" unsurely, and the German model, reading the word cut out alone, reads "Höp"
    and a mark of it as a word of its own ("n"), a word that is not on the page (on a
    scanned price list such a word broke a heading and lost its table's five rows). A
    respelling takes one word for one. The control: a German page is still respelled."""
    lines = [
        "Cống hộp BTCT",
        "Cọc bê tông ly tâm",
        "Bó vỉa bê tông",
        "Gạch lát vỉa hè",
        "Cột điện bê tông",
        "Ống cống tròn",
        "Tấm đan bê tông",
        "Hộp kỹ thuật",
    ]
    image = _set_in_dejavu(lines)
    english = ocr_engine.recognize(image).words
    both = german_speller.recognize(image).words
    assert len(both) == len(english), ([w.text for w in english], [w.text for w in both])
    for word in both:  # each word where the English model read one
        assert any(_within(word.bbox, w.bbox) for w in english), (word, english)
    german = _set_in_dejavu(["Spülsalz, 2 Stück", "Fischöl-Kapseln"])
    found = [w.text.strip(",") for w in german_speller.recognize(german).words]
    assert {"Spülsalz", "Stück", "Fischöl-Kapseln"} <= set(found), found


def _within(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    middle_x, middle_y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= middle_x <= outer[2] and outer[1] <= middle_y <= outer[3]


def test_the_word_models_load_only_for_a_word_to_respell() -> None:
    """The German model (~30 MB) is loaded when a page first has a word read unsurely, not
    when the engine is built: a worker that only reads text layers never holds it. Its
    files are looked for at the start all the same (a missing model is an error then)."""
    engine = OcrEngine("eng", word_languages="deu")
    try:
        assert engine.word_languages == "deu" and not engine.word_models_loaded
        sure = engine.recognize(_rendered([(12.0, 100.0, "Held near a sea was seen")]))
        assert [w.text for w in sure.words] == ["Held", "near", "a", "sea", "was", "seen"]
        assert not engine.word_models_loaded  # every word read surely: nothing to respell
        german = engine.recognize(_rendered([(11.0, 100.0, GERMAN_LINES[3])]))
        assert engine.word_models_loaded
        assert "Großpackung" in [w.text.strip(",") for w in german.words]
    finally:
        engine.close()


def test_a_missing_word_language_is_an_error_at_the_start(tmp_path: Path) -> None:
    with pytest.raises(OcrError, match="xyz"):
        OcrEngine("eng", word_languages="xyz")


def _badge_page(fill: int, ink: int) -> bytes:
    """A page with a line of dark body text and, under it, codes printed in `ink` on badges
    filled with `fill` (a grocer's white-on-grey codes, a tile's black-on-grey name)."""
    from PIL import ImageDraw, ImageFont

    image = Image.new("L", (1400, 900), 250)
    draw = ImageDraw.Draw(image)
    draw.text(
        (80, 80),
        "Fresh from the market every morning",
        fill=20,
        font=ImageFont.load_default(size=40),
    )
    font = ImageFont.load_default(size=34)
    for index, code in enumerate(("482913", "705353", "918264")):
        x = 80 + 420 * index
        draw.rectangle((x, 300, x + 330, 360), fill=fill)
        draw.text((x + 100, 308), code, fill=ink, font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("fill", "ink"), [(95, 245), (30, 250), (200, 0)])
def test_codes_on_filled_badges_are_read_light_or_dark(
    ocr_engine: OcrEngine, fill: int, ink: int
) -> None:
    """Light text on a dark badge is read on its own, turned black on white; dark text on a
    grey panel with the panel's fill made white. The page's own text reads as before."""
    result = ocr_engine.recognize(_badge_page(fill, ink))
    found = {w.text for w in result.words}
    assert {"482913", "705353", "918264"} <= found, found
    assert {"Fresh", "market", "morning"} <= found
    for word in result.words:  # each code where it is printed on the page
        if word.text == "705353":
            assert 500 <= word.bbox[0] < word.bbox[2] <= 830 and 295 <= word.bbox[1] < 365


def test_a_book_page_on_grey_paper_is_not_a_panel(corpus: Path, ocr_engine: OcrEngine) -> None:
    """An old book's page is grey all over and has an engraving: neither is a panel to make
    white, and no word of its text is lost to looking for badges."""
    from pdfqueue.engines.ocr import flatten_panels

    scan = render_page(corpus / "scan-book-page-huckleberry-finn.pdf", 1, dpi=150)
    image = Image.open(io.BytesIO(scan.data)).convert("L")
    flattened, _ = flatten_panels(image)
    assert flattened is image
    assert {"trees", "back", "towards", "garden"} <= words(ocr_engine.recognize(scan.data).text)


def _rendered(lines: list[tuple[float, float, str]], dpi: int = 200) -> bytes:
    """A PNG of an A4 page with each (size in points, baseline in points, text) line set in
    Helvetica, rendered at `dpi` with a scanner's noise."""
    import numpy as np
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    for size, baseline, text in lines:
        pdf.set_font("Helvetica", "", size)
        pdf.text(60, baseline, text)
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(7).normal(0, 10, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


def test_words_of_a_line_share_its_baseline_and_type_size(ocr_engine: OcrEngine) -> None:
    """Tesseract's word boxes hug the glyphs ("sea" half as tall as "Held"); each word gets
    its line's baseline and the type size its line is set in, in pixels."""
    dpi = 200
    lines = [(20.0, 100.0, "Typical Heading 2026"), (10.0, 140.0, "Held near a sea was seen")]
    result = ocr_engine.recognize(_rendered(lines, dpi))
    for size, baseline, text in lines:
        found = [w for w in result.words if w.text in text.split()]
        assert len(found) == len(text.split()), [w.text for w in result.words]
        expected = size * dpi / 72
        assert {w.font_px for w in found} and len({w.font_px for w in found}) == 1, found
        assert abs(found[0].font_px - expected) <= 0.12 * expected, (found[0].font_px, expected)
        assert all(abs(w.baseline - baseline * dpi / 72) <= 3 for w in found), found


def test_a_sign_on_a_line_of_specks_keeps_its_own_size() -> None:
    """A dotted leader's specks, which Tesseract reads as letters ("R", "SN") a few pixels
    tall, make a line of a tiny type; a "€" read on that line is taller than such a type can
    set it, so it is sized by its own height, not the specks'."""
    from pdfqueue.engines.ocr import line_metrics

    line = [
        ("R", 60.0, (100, 96, 110, 100), 100.0),
        ("SN", 55.0, (130, 96, 150, 100), 100.0),
        ("€", 90.0, (170, 78, 186, 100), 100.0),
    ]
    words = {w.text: w for w in line_metrics(line)}
    assert words["R"].font_px is not None and words["R"].font_px < 8
    assert words["€"].font_px is not None and words["€"].font_px >= 22 / 0.93 - 0.01


def test_a_solid_round_bullet_is_read_as_a_bullet(ocr_engine: OcrEngine) -> None:
    """Tesseract reads a filled round bullet ("●") as a letter or sign ("o", "e", "®"); a
    one-glyph word whose box is mostly ink is a bullet again, so the layout sees list items."""
    from PIL import ImageDraw, ImageFont

    image = Image.new("L", (1400, 700), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=32)
    items = ("Keilriemen for the drive", "Umlenkrolle and idler", "Riemenspanner kit")
    for row, item in enumerate(items):
        y = 100 + 60 * row
        draw.ellipse((100, y + 10, 116, y + 26), fill=10)
        draw.text((140, y), item, fill=10, font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = ocr_engine.recognize(buffer.getvalue())
    firsts = [w for w in result.words if w.bbox[0] < 130]
    assert len(firsts) == 3 and all(w.text == "•" for w in firsts), firsts
    assert {"Keilriemen", "Umlenkrolle", "Riemenspanner"} <= {w.text for w in result.words}


def _tile_page(description_ink: int) -> Image.Image:
    """A product tile as a catalog grid prints it: a light grey card with a photo on a white
    backdrop, the name in black under it and a one-line description in `description_ink`."""
    from PIL import ImageDraw, ImageFont

    image = Image.new("L", (1700, 1100), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, 900, 1000), fill=210, outline=30, width=3)
    draw.rectangle((300, 160, 700, 560), fill=248)  # the photo's white backdrop
    for y in range(220, 500):  # the photo: a light object with a texture (a white speaker)
        draw.line((380, y, 620, y), fill=120 + (y * 37) % 80)
    draw.text((380, 640), "Studio Speaker", fill=10, font=ImageFont.load_default(size=44))
    draw.text(
        (330, 720),
        "Compact wireless speaker",
        fill=description_ink,
        font=ImageFont.load_default(size=36),
    )
    pixels = np.asarray(image, dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(5).normal(0, 6, pixels.shape), 0, 255)
    return Image.fromarray(noisy.astype(np.uint8), "L")


def test_a_grey_description_on_a_grey_tile_is_read(ocr_engine: OcrEngine) -> None:
    """A card's description printed grey on a light grey tile: with the tile's fill made white
    the grey would fade past Tesseract's threshold; it is darkened and read, the black name
    beside it too."""
    buffer = io.BytesIO()
    _tile_page(160).save(buffer, "PNG")
    found = {w.text for w in ocr_engine.recognize(buffer.getvalue()).words}
    assert {"Studio", "Speaker"} <= found, found
    assert {"Compact", "wireless", "speaker"} <= found, found


def test_a_photo_on_a_tile_keeps_its_shades() -> None:
    """Only lines of text on the fill are darkened: the photo's mid-tones, darkened, would turn
    to ink that OCR reads as words. They are scaled as the fill is, no more."""
    from pdfqueue.engines.ocr import flatten_panels

    image = _tile_page(160)
    flattened, _ = flatten_panels(image)
    before = np.asarray(image, dtype=np.float64)[300:450, 400:600]
    after = np.asarray(flattened, dtype=np.float64)[300:450, 400:600]
    assert after.mean() >= before.mean()  # scaled lighter with the fill, never darkened
    description_before = np.asarray(image, dtype=np.float64)[725:760, 340:800]
    description_after = np.asarray(flattened, dtype=np.float64)[725:760, 340:800]
    assert np.percentile(description_after, 2) < np.percentile(description_before, 2)


def _card_page(card_fill: int, text_ink: int) -> bytes:
    """A page of three product cards side by side, each taller than wide, filled with
    `card_fill` and lettered in `text_ink` (a gift calendar's white-on-black doors), under a
    line of dark body text on the paper."""
    from PIL import ImageDraw, ImageFont

    image = Image.new("L", (1654, 1100), 250)
    draw = ImageDraw.Draw(image)
    draw.text((80, 60), "Open one door every day", fill=20, font=ImageFont.load_default(size=40))
    name, small = ImageFont.load_default(size=38), ImageFont.load_default(size=30)
    cards = (("Kettle", "steel 1.7 litre", "4812"), ("Blanket", "wool 130 cm", "7053"))
    cards += (("Skillet", "cast iron 28 cm", "9182"),)
    for index, (title, detail, code) in enumerate(cards):
        x = 80 + 520 * index
        draw.rectangle((x, 200, x + 460, 900), fill=card_fill)
        draw.text((x + 40, 260), title, fill=text_ink, font=name)
        draw.text((x + 40, 330), detail, fill=text_ink, font=small)
        draw.text((x + 40, 380), f"item {code}", fill=text_ink, font=small)
    pixels = np.asarray(image, dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(7).normal(0, 4, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("fill", "ink"), [(35, 245), (90, 250), (210, 10)])
def test_light_text_on_dark_cards_is_read(ocr_engine: OcrEngine, fill: int, ink: int) -> None:
    """Light lines on a dark card taller than a badge (a door of a gift calendar, a dark
    product tile) are read as the card's turned image says, as dark lines on a light tile are
    (the control): Tesseract looks for dark text and read little of such cards."""
    result = ocr_engine.recognize(_card_page(fill, ink))
    found = {w.text for w in result.words}
    assert {"Kettle", "Blanket", "Skillet"} <= found, found
    assert {"4812", "7053", "9182", "wool", "steel"} <= found, found
    assert {"Open", "door", "every"} <= found, found


def test_a_solid_bullet_read_as_a_cent_sign_is_a_bullet_and_a_printed_cent_sign_stays() -> None:
    """Tesseract reads a scanned list's filled bullets as "¢" too (a Latvian price list's
    items ran together into one paragraph); a "¢" whose box is mostly ink is a bullet. Control:
    a cent sign as printed (a ring and a stroke, mostly paper) stays a cent sign."""
    from PIL import ImageDraw, ImageFont

    from pdfqueue.engines.ocr import OcrWord, _bullets

    image = Image.new("L", (600, 200), 250)
    draw = ImageDraw.Draw(image)
    draw.ellipse((100, 60, 112, 72), fill=10)  # a bullet 12 px across, type of 30 px
    draw.text((100, 120), "¢", fill=10, font=ImageFont.load_default(size=30))
    left, top, right, bottom = draw.textbbox((100, 120), "¢", font=ImageFont.load_default(size=30))
    words = [
        OcrWord("¢", 55.0, (100, 60, 113, 73), 80.0, 30.0),
        OcrWord("¢", 55.0, (left, top, right, bottom), 150.0, 30.0),
    ]
    assert [w.text for w in _bullets(image, words)] == ["•", "¢"]
