"""What a scan's OCR makes of a seed catalogue's running text and of a hardware catalogue's ruled
variant tables, and how the engine reads it.

Running text: each paragraph names varieties in bold, each set off from its description by a
dash ("Tomato 'Sungold' F1 — The sweetest orange cherry we / grow, …"). On a page with a photo,
OCR's dash was read as a translated list's arrow (a dash is what OCR makes of one), so each line
named a "product" by its description's first words. A line running on into the next (which
opens in lower case) is running text, no "term → name" line. OCR also reads one dash as another
("—" after the first name, "-" after a later one), and may miss a bold short word ("2'" of
"Carrot 'Autumn King 2'"): the head then ends at the word closing the quote it opened.

Ruled tables: a faint cell rule is read as a one-pixel "‘" or "|" (a column of its own), and a
dimension's sign runs into the figure after it ("x1.5" of "3 x 1.5"). Each with its control."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from catalog_blocks import a4_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.prose_entries import run_in_entries
from pdfqueue.engines.layout import (
    Block,
    DocumentLayout,
    PageLayout,
    analyse_document,
    page_from_ocr,
)
from pdfqueue.engines.ocr import OcrEngine, OcrWord, split_at_spaces

# --- running text on a scan ---------------------------------------------------------------------

TOMATOES = [
    "Tomato 'Sungold' F1 — The sweetest orange cherry we",
    "grow, heavy trusses from July to the frosts. Packet of 10",
    "seeds £3.25, code T114. Tomato 'Gardener's Delight' —",
    "A reliable red cherry for pots. Packet of 50 seeds £2.45, code T102.",
]
KRIM = [
    "Tomato 'Black Krim' — A Crimean beefsteak, dusky",
    "red-brown with a rich, smoky flavour. Packet of",
    "15 seeds £3.10, code T131.",
]
LETTUCE = [
    "Lettuce 'Little Gem' — Crisp, sweet, compact hearts,",
    "ready in ten weeks. Packet of 1000 seeds £1.95, code",
    "L402. Rocket 'Wildfire' — Deeply lobed, peppery leaves",
    "slow to bolt. Packet of 2 g £2.25, code L417.",
]


def _paragraph(top: float, head: str, lines: list[str]) -> Block:
    box = (40.0, top, 290.0, top + 13 * len(lines))
    return Block("paragraph", box, " ".join(lines), font_size=10.4, lines=lines, head=head)


def _scanned_page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842, source="ocr")
    page.blocks = [
        Block("figure", (40, 79, 570, 186), "", image_index=0),  # the catalogue's photo band
        Block("heading", (36, 196, 94, 211), "Tomatoes", font_size=13.7, bold=True,
              lines=["Tomatoes"]),
        *blocks,
    ]  # fmt: skip
    return DocumentLayout([page])


def test_a_scans_entries_in_running_text_beside_a_photo_are_no_translated_list() -> None:
    document = _scanned_page(
        _paragraph(220, "Tomato 'Sungold' F1", TOMATOES),
        _paragraph(280, "Tomato 'Black Krim'", KRIM),
        _paragraph(330, "Lettuce 'Little Gem'", LETTUCE),
    )
    products = products_from_layout(document)
    assert [(p.name, p.codes) for p in products] == [
        ("Tomato 'Sungold' F1", ["T114"]),
        ("Tomato 'Gardener's Delight'", ["T102"]),
        ("Tomato 'Black Krim'", ["T131"]),
        ("Lettuce 'Little Gem'", ["L402"]),
        ("Rocket 'Wildfire'", ["L417"]),
    ]


def test_a_scans_translated_list_of_whole_lines_stays_a_list() -> None:
    """Control: lines each holding a term, a dash OCR read for the arrow and a name, the next
    line opening with the next term (in capitals or another script), are still the list."""
    lines = ["Luftfilter — Air Filter", "Ölfilter — Oil Filter", "Zündkerze — Spark Plug",
             "Bremsscheibe — Brake Disc"]  # fmt: skip
    document = _scanned_page(
        Block("paragraph", (40, 220, 290, 272), " ".join(lines), font_size=10, lines=lines)
    )
    names = [p.name for p in products_from_layout(document)]
    assert names == ["Air Filter", "Oil Filter", "Spark Plug", "Brake Disc"]


def test_a_later_entry_set_off_by_another_dash_than_the_heads_is_an_entry() -> None:
    """OCR read the head's dash as "—" and the next entry's as "-": one dash to a reader."""
    text = (
        "Squash 'Crown Prince' F1 — Steel-blue skin and deep orange flesh. Packet of 8 seeds "
        "£3.65, code S715. Pumpkin 'Jack of All Trades' F1 - Even, 5 kg fruit for carving. "
        "Packet of 10 seeds £3.15, code S722."
    )
    entries = run_in_entries(text, "Squash 'Crown Prince' F1")
    names = [name for name, _ in entries]
    assert names == ["Squash 'Crown Prince' F1", "Pumpkin 'Jack of All Trades' F1"]
    # control: a hyphen inside a sentence without a name before it starts no entry
    text = (
        "Squash 'Crown Prince' F1 — Steel-blue skin. Sow in pots - or outdoors in June. Packet "
        "of 8 seeds £3.65, code S715."
    )
    assert len(run_in_entries(text, "Squash 'Crown Prince' F1")) == 1


# --- a bold head on the text layer -------------------------------------------------------------


def _heads(runs: list[list[tuple[str, str]]], tmp_path: Path) -> list[str]:
    """The run-in heads of paragraphs each written as (style, text) runs in Times."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_xy(40, 100)
    for paragraph in runs:
        for style, text in paragraph:
            pdf.set_font("Times", style, 10.5)
            pdf.write(13, text)
        pdf.ln(26)
    path = tmp_path / "seeds.pdf"
    pdf.output(str(path))
    page = analyse_document(path).pages[0]
    return [b.head for b in page.blocks if b.kind == "paragraph"]


DESCRIPTION = " - Long, stump-rooted carrots that stand well in the ground. Packet of 1500 seeds."


def test_a_head_runs_on_to_the_word_closing_the_quote_it_opened(tmp_path: Path) -> None:
    """The variety's last word set (or read) regular: "Carrot 'Autumn King" bold, then "2'"
    closes the quote the head opened. Controls: a head whose quotes are closed keeps to its
    bold words (the regular "F1" after "Tomato 'Sungold'" is not taken into it), and a quote
    closed only further on than `QUOTE_REACH` words stays out."""
    heads = _heads(
        [
            [("B", "Carrot 'Autumn King"), ("", " 2'" + DESCRIPTION)],
            [("B", "Tomato 'Sungold'"), ("", " F1" + DESCRIPTION)],
            [("B", "Beetroot 'Bolt"), ("", " free early red' - Smooth round roots, sweet.")],
        ],
        tmp_path,
    )
    assert heads == ["Carrot 'Autumn King 2'", "Tomato 'Sungold'", "Beetroot 'Bolt"]


# --- ruled tables on a scan --------------------------------------------------------------------

SCALE = 200 / 72  # pixels per point of the OCR results below


def _ocr_word(text: str, confidence: float, box: tuple[int, int, int, int], baseline: int) -> dict:
    return {"text": text, "confidence": confidence, "bbox": list(box), "baseline": baseline,
            "font_px": 24.5}  # fmt: skip


def _ruled_row(*extra: dict) -> list[str]:
    words = [
        _ocr_word("Koko", 93, (684, 416, 740, 433), 433),
        *extra,
        _ocr_word("150", 93, (920, 416, 960, 434), 434),
        _ocr_word("mm", 92, (969, 420, 1010, 434), 434),
        _ocr_word("200", 93, (1084, 416, 1124, 434), 434),
        _ocr_word("mm", 92, (1133, 420, 1174, 434), 434),
    ]
    page = page_from_ocr({"words": words, "width": round(595 * SCALE), "rotation": 0}, 1, 595, 842)
    return [b.text for b in page.blocks]


def test_a_faint_rules_one_pixel_sliver_is_no_word() -> None:
    """A cell rule read as "‘" (77 % sure) or "|" one pixel wide: no glyph of the page's type
    is that thin. Controls: a dash as flat, and a surely read "l" of ordinary width, stay."""
    slivers = [_ocr_word("‘", 77, (885, 410, 886, 422), 433),
               _ocr_word("|", 65, (1017, 414, 1018, 440), 434)]  # fmt: skip
    assert "‘" not in " ".join(_ruled_row(*slivers)) and "|" not in " ".join(_ruled_row(*slivers))
    kept = [_ocr_word("—", 74, (850, 426, 864, 428), 433),
            _ocr_word("l", 92, (890, 416, 893, 433), 433)]  # fmt: skip
    text = " ".join(_ruled_row(*kept))
    assert "—" in text and " l " in f" {text} "


def _glyphs(spec: list[tuple[str, int, int]]) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [(text, (left, 17, right, 34)) for text, left, right in spec]  # 17 px: a 24-px em


def test_a_dimensions_sign_run_into_its_figure_is_cut_off() -> None:
    """ "3x1.5": Tesseract ran the cable's "3 x 1.5" into one word; the white after the "x"
    is a space wide, so the sign and the figure part (and the "3" from the "x"). Controls: a
    model's "X100" set close stays whole, and so does a code "VX15" (the x inside letters)."""
    size = 24.0  # em in pixels: a space is 6 wide at least
    glyphs = _glyphs([("3", 0, 12), ("x", 19, 30), ("1", 39, 46), (".", 52, 55), ("5", 58, 69)])
    word = OcrWord("3x1.5", 90.0, (0, 10, 69, 34), 34.0, size)
    assert [w.text for w in split_at_spaces(word, glyphs)] == ["3", "x", "1.5"]
    glyphs = _glyphs([("x", 0, 11), ("4", 19, 31)])
    assert [w.text for w in split_at_spaces(OcrWord("x4", 90.0, (0, 10, 31, 34), 34.0, size),
                                            glyphs)] == ["x", "4"]  # fmt: skip
    for text, spec in {
        "X100": [("X", 0, 14), ("1", 16, 22), ("0", 24, 36), ("0", 38, 50)],
        "VX15": [("V", 0, 14), ("X", 15, 29), ("1", 38, 44), ("5", 46, 58)],
    }.items():
        word = OcrWord(text, 90.0, (0, 10, spec[-1][2], 34), 34.0, size)
        assert split_at_spaces(word, _glyphs(spec)) == [word]


def test_a_code_read_again_keeps_to_its_own_box_and_glyphs(ocr_engine: OcrEngine) -> None:
    """A header row's code first boxed with the grey fill beside it (60 px tall for 19 px of
    glyphs, reaching left to the code before it) and read unsurely: read again, its margin
    of paper took in the last "8" of the code before, read as a word of its own, and the
    code kept the size measured from the tall box (60 px, the row's type three times over).
    Now the glyph in the margin is the neighbour's, and the code is measured by its glyphs.
    Control: the code before, read surely, stays as it was."""
    pdf = FPDF(unit="pt", format=(420, 60))
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    pdf.text(20, 34, "1528418")
    pdf.text(86, 34, "1690810")
    image = pdfium.PdfDocument(bytes(pdf.output()))[0].render(scale=SCALE, grayscale=True)
    pil = image.to_pil()
    first = OcrWord("1528418", 94.7, (58, 77, 152, 96), 95.0, 25.0)
    boxed = OcrWord("169080", 60.0, (158, 55, 335, 114), 95.0, 60.0)  # misread, boxed tall
    again = ocr_engine._reread_unsure(pil, [first, boxed])
    assert [w.text for w in again] == ["1528418", "1690810"]
    assert again[0] == first
    assert again[1].font_px is not None and again[1].font_px < 30
