"""The document model: blocks in reading order, with kinds, boxes, tables and running headers."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from pdfqueue.engines.layout import (
    Box,
    DocumentLayout,
    PageLayout,
    Word,
    analyse_document,
    layout_words,
    pdf_bbox,
)
from pdfqueue.engines.markdown import to_markdown

LEFT = ["Alpha one begins the left column.", "Alpha two continues it.", "Alpha three ends."]
RIGHT = ["Beta one begins the right column.", "Beta two continues it.", "Beta three ends."]


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two pages: a running header, a title, two columns of lines set side by side (so each
    left line shares its baseline with a right one), a bulleted line, a page number."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 30, "Acme Journal - Volume 7")
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, 80, f"A Title On Page {page}")
        pdf.set_font("Helvetica", "", 10)
        for row, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
            pdf.text(40, 120 + 13 * row, left)
            pdf.text(320, 120 + 13 * row, right)
        pdf.text(40, 200, "- a bulleted point")
        pdf.text(290, 815, str(page))
    path = tmp_path_factory.mktemp("layout") / "two-columns.pdf"
    pdf.output(str(path))
    return path


def test_columns_are_read_one_after_the_other(two_columns: Path) -> None:
    page = analyse_document(two_columns).pages[0]
    text = page.text
    positions = [text.index(line) for line in [*LEFT, *RIGHT]]
    assert positions == sorted(positions), text
    assert text.index("A Title") < positions[0]


def test_kinds_and_running_headers(two_columns: Path) -> None:
    document = analyse_document(two_columns)
    for page in document.pages:
        kinds = {b.text: b.kind for b in page.blocks}
        assert kinds["Acme Journal - Volume 7"] == "header"
        assert kinds[str(page.page_number)] == "footer"
        assert kinds[f"A Title On Page {page.page_number}"] == "heading"
        assert kinds["- a bulleted point"] == "list_item"
        assert sum(1 for b in page.blocks if b.kind == "paragraph") == 2


def test_a_single_page_has_no_running_header(two_columns: Path) -> None:
    page = analyse_document(two_columns, pages=(1, 1)).pages[0]
    assert next(b for b in page.blocks if "Acme" in b.text).kind != "header"


def test_boxes_are_in_points_from_the_top_left(two_columns: Path) -> None:
    page = analyse_document(two_columns).pages[0]
    title = next(b for b in page.blocks if b.kind == "heading")
    left, top, _, bottom = title.bbox
    assert 35 < left < 45 and 55 < top < 80 and bottom <= 85
    assert pdf_bbox(title.bbox, page.height)[3] == pytest.approx(page.height - top)


def test_markdown(two_columns: Path) -> None:
    markdown = to_markdown(analyse_document(two_columns))
    assert "# A Title On Page 1" in markdown
    assert "- a bulleted point" in markdown
    assert "Acme Journal" not in markdown  # running headers are left out
    assert markdown.index("<!-- page 1 -->") < markdown.index("<!-- page 2 -->")


def test_markdown_tables_and_figures(corpus: Path) -> None:
    from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

    page = PageLayout(3, 600, 800)
    page.blocks = [
        Block("table", (0, 0, 1, 1), "", rows=[["Code", "Name"], ["A|1", "Oak"]]),
        Block("figure", (0, 2, 1, 3), "", image_index=0),
        Block("caption", (0, 3, 1, 4), "Oak chair"),
    ]
    markdown = to_markdown(DocumentLayout([page]), lambda p, i: f"/images/{p}/{i}")
    assert "| Code | Name |\n| --- | --- |\n| A\\|1 | Oak |" in markdown
    assert "![Figure 1 on page 3](/images/3/0)" in markdown
    assert "*Oak chair*" in markdown
    assert "![" not in to_markdown(DocumentLayout([page]))  # no URL, no link


def test_prose_beside_a_column_of_page_numbers_is_not_a_table() -> None:
    """A report's overview page: sentences run on from line to line beside a narrow column of
    numbers. The lines line up like a table's rows, but their text flows."""
    prose = [
        "Our company is a large group",
        "and the largest private employer",
        "in the whole region today.",
        "With a strongly integrated business and",
        "the most expansive retail footprint in",
        "the country, it is the largest",
        "value creator of the whole market.",
    ]
    words: list[Word] = []
    for row, line in enumerate(prose):
        words += _line(line, 60, 100 + 14 * row) + _line(str(2 * row + 2), 420, 100 + 14 * row)
    blocks = layout_words(words, [], [], 600, 800)
    assert [b.kind for b in blocks if b.kind == "table"] == []
    assert "the most expansive retail footprint in" in " ".join(b.text for b in blocks)


def test_a_borderless_price_list_with_wrapped_names_is_still_a_table() -> None:
    rows = [
        ("Code", "Name", "Price"),
        ("AB-100", "Oak dining chair with a", "49.00"),
        ("AB-101", "Walnut side table", "89.00"),
        ("AB-102", "Pine bookshelf with five", "119.00"),
        ("AB-103", "Beech stool", "29.00"),
    ]
    words: list[Word] = []
    for number, (code, name, price) in enumerate(rows):
        top = 100 + 14 * number
        words += _line(code, 60, top) + _line(name, 160, top) + _line(price, 420, top)
    tables = [b for b in layout_words(words, [], [], 600, 800) if b.kind == "table"]
    assert [row[0] for row in tables[0].rows] == [code for code, _, _ in rows]
    # each column's edges, left to right, around the cells it holds
    (code, name, price) = tables[0].columns or []
    assert code[0] <= 60 < code[1] < name[0] <= 160 < name[1] < price[0] <= 420 < price[1]


def test_prose_beside_a_few_specks_of_a_margin_ornament_is_no_table() -> None:
    """The OCR words of the top of a scanned guide page (their boxes as read; the words
    replaced by others of the page's language): a heading, justified prose and bullets, and
    specks ("/", "=7", "|") that OCR read in the page's ornamental border level with a few
    lines. Most lines hold one cell, so it is prose, not a borderless table."""
    data = json.loads(
        (Path(__file__).parent / "data" / "ocr-words-prose-beside-an-ornament.json").read_text()
    )
    words = [
        Word(text, left, top, right, bottom, size) for text, left, top, right, bottom, size in data
    ]
    blocks = layout_words(words, [], [], 595.3, 841.9)
    assert [b.kind for b in blocks if b.kind == "table"] == []
    assert {"heading", "paragraph", "list_item"} <= {b.kind for b in blocks}


def test_the_markdown_of_a_blank_document_says_so(corpus: Path) -> None:
    # a damaged file whose one page draws nothing: the answer is a comment, not an empty body
    markdown = to_markdown(analyse_document(corpus / "edge-malformed-missing-endstream.pdf"))
    assert markdown.startswith("<!-- ") and "blank" in markdown and markdown.strip()


def test_a_real_two_column_paper(corpus: Path) -> None:
    page = analyse_document(corpus / "text-multi-column-paper-13p.pdf", pages=(1, 1)).pages[0]
    text = page.text
    # the left column's introduction is read before the right column it continues into
    assert text.index("Open-domain question answering (QA)") < text.index(
        "Retrieval in open-domain QA is usually"
    )
    assert "implemented" in text  # a word hyphenated at a line end is joined


def test_ruled_table_from_a_real_report(corpus: Path) -> None:
    page = analyse_document(corpus / "text-warn-report-tables-16p.pdf", pages=(1, 1)).pages[0]
    (table,) = [b for b in page.blocks if b.kind == "table"]
    assert table.rows[0][:3] == ["Notice Date", "Effective", "Received"]
    assert len(table.rows) > 20 and all(len(r) == len(table.rows[0]) for r in table.rows)
    columns = table.columns or []
    assert len(columns) == len(table.rows[0])  # the rules between them: each column's edges
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(columns))


def test_products_keep_their_own_photos_only(corpus: Path) -> None:
    from pdfqueue.engines.catalog import extract_products, images_next_to
    from pdfqueue.engines.pdf import iter_pages

    pdf = corpus / "gen-catalog-product-grid-2p.pdf"
    products = [p for p in extract_products(pdf) if p.page == 1]
    page = next(iter_pages(pdf, pages=(1, 1)))
    stored = [(f"img-{i.image_index}", i.bbox) for i in page.images]
    owners = [images_next_to(p, stored) for p in products]
    assert all(len(ids) == 1 for ids in owners), owners  # its photo, not the page's
    assert len({ids[0] for ids in owners}) == len(products)


def test_a_page_set_sideways_is_read_in_its_own_frame(tmp_path: Path) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    with pdf.rotation(90, 100, 700):  # the whole spread turned: text runs bottom to top
        pdf.text(100, 700, "Walnut Sideboard 240 cm")
        pdf.text(100, 716, "Solid walnut, oiled finish")
    with pdf.rotation(270, 500, 100):
        pdf.text(500, 100, "stamp")  # a minority in another direction: left out
    path = tmp_path / "sideways.pdf"
    pdf.output(str(path))
    page = analyse_document(path).pages[0]
    assert page.rotation == 270 and page.width > page.height
    assert page.text == "Walnut Sideboard 240 cm Solid walnut, oiled finish"


def test_a_rotated_page_keeps_its_text_in_place(tmp_path: Path, two_columns: Path) -> None:
    import pikepdf

    rotated = tmp_path / "rotated.pdf"
    with pikepdf.open(two_columns) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(rotated)
    upright = analyse_document(two_columns, pages=(1, 1)).pages[0]
    turned = analyse_document(rotated, pages=(1, 1)).pages[0]
    assert [b.bbox for b in turned.blocks] == [b.bbox for b in upright.blocks]


def test_a_page_survives_json(corpus: Path) -> None:
    import json

    from pdfqueue.engines.catalog import products_from_layout
    from pdfqueue.engines.layout import DocumentLayout, PageLayout

    document = analyse_document(corpus / "gen-catalog-parts-3p.pdf")
    stored = [json.loads(json.dumps(page.to_dict())) for page in document.pages]
    again = DocumentLayout([PageLayout.from_dict(page) for page in stored])
    assert [p.to_dict() for p in again.pages] == stored
    assert [p.name for p in products_from_layout(again)] == [
        p.name for p in products_from_layout(document)
    ]


def test_a_scanned_page_from_stored_ocr(tmp_path: Path, ocr_engine) -> None:
    """The pipeline stores OCR results as dicts; the layout reads them as it reads results."""
    import io
    from dataclasses import asdict

    import pypdfium2 as pdfium

    from pdfqueue.engines.layout import page_from_ocr

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(60, 80, "Scanned Heading")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(60, 120, "A line of ordinary body text under the heading.")
    pdf.text(60, 136, "And a second line of the same paragraph here.")
    document = pdfium.PdfDocument(bytes(pdf.output()))
    page = document[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = ocr_engine.recognize(buffer.getvalue())
    width, height = page.get_size()
    from_result = page_from_ocr(result, 1, width, height, image=image)
    from_dict = page_from_ocr(asdict(result), 1, width, height, image=image)
    assert from_result.to_dict() == from_dict.to_dict()
    kinds = [(b.kind, b.text) for b in from_result.blocks]
    assert kinds[0] == ("heading", "Scanned Heading")
    assert kinds[1][0] == "paragraph" and "ordinary body text" in kinds[1][1]
    assert "second line" in kinds[1][1]  # the two lines are one paragraph


# --- geometry on words: what real catalogs showed --------------------------------------------


def _word(text: str, left: float, top: float, size: float = 10.0) -> Word:
    """A word as pdfium's loose boxes give it: half a size per character, 1.2 sizes tall."""
    return Word(text, left, top, left + 0.5 * size * len(text), top + 1.2 * size, size)


def _line(text: str, left: float, top: float, size: float = 10.0) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(_word(token, x, top, size))
        x = words[-1].right + 0.3 * size
    return words


def test_right_to_left_words_join_in_reading_order() -> None:
    # pdfium gives Arabic in reading order, each word left of the one before it
    words, right = [], 500.0
    for token in ["الفصل", "الأول", "عائلة", "الكوروندوم"]:
        width = 0.5 * 10 * len(token)
        words.append(Word(token, right - width, 100, right, 112, 10))
        right -= width + 3
    (block,) = layout_words(words, [], [], 600, 800)
    assert block.text == "الفصل الأول عائلة الكوروندوم"


def test_a_bullet_glyph_set_apart_starts_its_line() -> None:
    words = [_word("•", 70, 100)]
    words += _line("Colours: deep red, known as pigeon blood.", 95, 100)
    words += [_word("•", 70, 116), *_line("Features: very hard.", 95, 116)]
    blocks = layout_words(words, [], [], 600, 800)
    assert [(b.kind, b.text) for b in blocks] == [
        ("list_item", "• Colours: deep red, known as pigeon blood."),
        ("list_item", "• Features: very hard."),
    ]


def test_a_justified_line_with_wide_word_spaces_stays_one_line() -> None:
    # the first line is justified: its four words spread over the width of the lines below
    spread = (("Bagaimana", 100), ("terbentuk", 170), ("di", 240), ("kedalaman", 275))
    words = [_word(w, x, 100) for w, x in spread]  # 25 points apart: two text heights
    words += _line("ekstrem di bawah tanah mencapai seratus lima puluh kilometer dan", 100, 113)
    words += _line("kemudian muncul ke permukaan.", 100, 126)
    (block,) = layout_words(words, [], [], 600, 800)
    assert block.lines[0] == "Bagaimana terbentuk di kedalaman"
    assert block.kind == "paragraph" and len(block.lines) == 3


def test_two_columns_apart_by_a_narrow_gutter_are_not_joined() -> None:
    # a gutter of two text heights is empty on every line: no line spans it
    words = []
    for row in range(6):
        left = _line("left column prose that fills its line", 50, 100 + 13 * row)
        right = _line("right column prose filling its own", left[-1].right + 24, 100 + 13 * row)
        words += left + right
    blocks = layout_words(words, [], [], 600, 800)
    assert [(b.kind, b.text.split()[0]) for b in blocks] == [
        ("paragraph", "left"),
        ("paragraph", "right"),
    ]


def test_images_behind_text_are_not_figures() -> None:
    frame = (0.0, 0.0, 600.0, 800.0)  # a page's decorated frame, the text drawn over it
    shadow = (95.0, 295.0, 320.0, 322.0)  # a text shadow: an image one line tall
    photo = (100.0, 500.0, 300.0, 650.0)
    words = _line("Ensalada Primavera 9$", 100, 300, 14)
    words += _line("A paragraph on the frame", 100, 100) + _line("and its second line", 100, 113)
    words += _line("and the third one", 100, 126)
    blocks = layout_words(words, [], [frame, shadow, photo], 600, 800)
    assert [b.bbox for b in blocks if b.kind == "figure"] == [photo]


def test_a_photo_carrying_a_few_short_stickers_is_a_figure() -> None:
    """A flyer's tile photo with a price burst in its corner and a "2 for £3" roundel (its
    two lines two pieces): stickers on a photo, not text over a background."""
    photo = (36.0, 98.0, 196.0, 234.0)
    words = _line("£1.45", 155, 116, 17) + _line("2 for", 52, 194, 9) + _line("£3", 55, 205, 12)
    words += _line("Free Range Large Eggs", 38, 243, 11)  # the name under the photo
    blocks = layout_words(words, [], [photo], 600, 800)
    assert [b.bbox for b in blocks if b.kind == "figure"] == [photo]


def test_an_image_under_three_lines_of_prose_or_a_half_page_backdrop_is_no_figure() -> None:
    panel = (90.0, 90.0, 500.0, 250.0)  # a panel: a paragraph's three lines drawn over it
    words = _line("Our shop opens at nine", 100, 100) + _line("on every weekday and", 100, 113)
    words += _line("closes at six in winter", 100, 126)
    backdrop = (0.0, 400.0, 600.0, 800.0)  # half the page: its short headings are the page's
    words += _line("SUMMER", 100, 500, 20) + _line("SALE", 100, 530, 20) + _line("2026", 100, 560)
    blocks = layout_words(words, [], [panel, backdrop], 600, 800)
    assert [b.bbox for b in blocks if b.kind == "figure"] == []


def test_shadows_behind_single_words_of_a_line_are_not_figures() -> None:
    """A menu draws a blurred shadow image behind each word or two of a centred line: the
    line's middle lies outside most of them, yet each is a text effect, not a figure."""
    words = _line("Focaccia con romero y aceite de oliva. 6$", 100, 300, 12)
    shadows = []
    for word in (words[0], words[4], words[-1]):  # behind "Focaccia", "aceite" and "6$"
        pad = 9.0  # a blur reaches past the word on every side
        shadows.append((word.left - pad, word.top - pad, word.right + pad, word.bottom + pad))
    photo = (100.0, 500.0, 160.0, 530.0)  # a small photo: no word lies on it
    blocks = layout_words(words, [], [*shadows, photo], 600, 800)
    assert [b.bbox for b in blocks if b.kind == "figure"] == [photo]
    assert [b.text for b in blocks if b.kind != "figure"] == [
        "Focaccia con romero y aceite de oliva. 6$"
    ]


def test_a_grid_of_captioned_photos_reads_row_by_row(corpus: Path) -> None:
    """Two columns of captioned photos far apart, rows close together: row by row."""
    import json

    path = corpus / "gen-catalog-product-grid-2p.pdf"
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    names = [p["name"] for p in truth["products"] if p["page"] == 1]
    page = analyse_document(path, pages=(1, 1)).pages[0]
    captions = [b for b in page.blocks if b.text in names]
    tops = sorted({round(b.top) for b in captions})
    assert len(tops) >= 2 and len(captions) > len(tops)  # several rows of several captions
    assert [b.top for b in captions] == sorted(b.top for b in captions)  # row by row
    markdown = to_markdown(analyse_document(path, pages=(1, 1)), lambda p, i: f"/img/{i}")
    assert [markdown.index(name) for name in names] == sorted(
        markdown.index(name) for name in names
    )
    # each photo comes right before its own caption
    for block, after in zip(page.blocks, page.blocks[1:], strict=False):
        if block.kind == "figure":
            assert after.text in names and block.left <= after.left < block.right


def test_columns_with_a_photo_each_still_read_column_by_column(tmp_path: Path) -> None:
    """Photos side by side over two columns of prose are no grid: one row of them only."""
    import io

    from PIL import Image

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for x, name in ((50, "Left"), (320, "Right")):
        image = io.BytesIO()
        Image.new("RGB", (80, 60), (120, 60, 30)).save(image, "PNG")
        pdf.image(image, x=x, y=60, w=200, h=150)
        pdf.text(x, 228, f"{name} photo caption")
        for row in range(12):
            pdf.text(x, 260 + 13 * row, f"{name} column prose line number {row} of twelve.")
    path = tmp_path / "columns-with-photos.pdf"
    pdf.output(str(path))
    text = analyse_document(path).pages[0].text
    assert text.index("Left column prose line number 11") < text.index("Right photo caption")


def test_words_far_off_the_page_are_dropped_and_a_cut_off_edge_is_kept(tmp_path: Path) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.text(60, 100, "On the page")
    pdf.text(60, 850, "Just past the bottom edge")  # A4 is 842 points tall
    pdf.text(60, -900, "Far above the page")
    pdf.text(1500, 400, "Far to the right")
    path = tmp_path / "off-page.pdf"
    pdf.output(str(path))
    text = analyse_document(path).pages[0].text
    assert "On the page" in text and "Just past the bottom edge" in text
    assert "Far" not in text


def test_a_spread_set_sideways_links_each_product_to_its_own_photo(tmp_path: Path) -> None:
    """A catalog spread drawn turned a quarter: laid out in its upright frame, its products'
    photo boxes map back to the stored page, where the images' boxes are."""
    import io

    from PIL import Image

    from pdfqueue.engines.catalog import extract_products, images_next_to
    from pdfqueue.engines.pdf import iter_pages

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    width, height = 595.28, 841.89
    left, top = width / 2 - height / 2, height / 2 - width / 2  # the landscape frame's corner
    with pdf.rotation(90, width / 2, height / 2):
        for i in range(6):
            x, y = left + 40 + (i % 3) * 260, top + 60 + (i // 3) * 260
            photo = io.BytesIO()
            Image.new("RGB", (80, 60), (40 * i, 90, 200 - 30 * i)).save(photo, "PNG")
            pdf.image(photo, x=x, y=y, w=160, h=120)
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(x, y + 138, f"Widget Model {'ABCDEF'[i]}")
            pdf.set_font("Helvetica", "", 9)
            pdf.text(x, y + 152, f"Item WM-10{i}0")
    path = tmp_path / "spread.pdf"
    pdf.output(str(path))
    products = extract_products(path)
    assert [p.codes for p in products] == [[f"WM-10{i}0"] for i in range(6)]
    page = next(iter_pages(path))
    stored = {f"img-{i.image_index}": i.bbox for i in page.images}
    owners = [images_next_to(p, list(stored.items())) for p in products]
    assert all(len(ids) == 1 for ids in owners) and len({i[0] for i in owners}) == 6
    for product, (image_id,) in zip(products, owners, strict=True):
        # the photo is the one drawn for that product: the n-th image for the n-th code
        assert image_id == f"img-{int(product.codes[0][5])}"


# --- photos on scans -----------------------------------------------------------------------


def _scan_of(draw_on: Callable[[Any], None], size: tuple[int, int] = (700, 700)) -> Any:
    """A grey 200 dpi scan (paper 250, sensor noise) with what `draw_on` draws on it."""
    import numpy as np
    from PIL import Image, ImageDraw

    image = Image.new("L", size, 250)
    draw_on(ImageDraw.Draw(image))
    noise = np.random.default_rng(3).normal(0, 6, size=(size[1], size[0]))
    return np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)


PT = 72 / 200  # points per pixel at 200 dpi


def test_a_white_plate_on_a_scan_is_found_whole_not_only_its_dark_middle() -> None:
    """A product shot on white (a plate: its rim a thin grey ring) merges with the paper;
    the photo found is the ring's box, not only the food in the middle."""
    from pdfqueue.engines.layout import figures_in_image

    def plate(draw: Any) -> None:
        draw.ellipse((100, 100, 400, 400), outline=190, width=5)
        draw.ellipse((200, 200, 300, 300), fill=60)

    (figure,) = figures_in_image(_scan_of(plate), PT)
    assert figure[0] <= 105 * PT and figure[2] >= 395 * PT  # the ring's width, not 200..300
    assert figure[1] <= 105 * PT and figure[3] >= 395 * PT


@pytest.mark.parametrize("top", [90, 47])
def test_a_photo_on_white_laid_on_a_grey_tile_is_its_white_rectangle(top: int) -> None:
    """A tile: a grey panel with a frame, on it a photo on a white rectangle (a light device
    with a thin outline) and the product's name under it. The photo is the rectangle, also
    when it is laid close under the tile's top edge (a point or two under its frame)."""
    from pdfqueue.engines.layout import figures_in_image

    def tile(draw: Any) -> None:
        draw.rectangle((40, 40, 660, 660), fill=205, outline=0, width=3)
        draw.rectangle((150, top, 550, 450), fill=252)
        draw.rounded_rectangle((280, 180, 420, 380), radius=20, fill=238, outline=170, width=3)

    name = Word("Tablet", 250 * PT, 500 * PT, 450 * PT, 540 * PT, 40 * PT)
    (figure,) = figures_in_image(_scan_of(tile), PT, [name])
    assert abs(figure[0] - 150 * PT) <= 6 and abs(figure[2] - 550 * PT) <= 6
    assert abs(figure[1] - top * PT) <= 6 and abs(figure[3] - 450 * PT) <= 6


def test_letter_spaced_headings_read_as_words_and_spaced_letters_stay_apart(
    tmp_path: Path,
) -> None:
    """A designer's tracked heading comes out of the text layer one letter a word; it reads as
    its words again. Single letters set far apart (a size column's S M L) stay single."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 24)
    x = 60.0
    for letter in "QUALITY PRODUCTS":  # each glyph placed on its own, as design tools do
        if letter != " ":
            pdf.text(x, 100, letter)
        x += pdf.get_string_width(letter) + 7
    pdf.set_font("Helvetica", "", 11)
    for column, letter in enumerate(["S", "M", "L", "X"]):
        pdf.text(60 + 60 * column, 200, letter)
    path = tmp_path / "tracked.pdf"
    pdf.output(str(path))

    (page,) = analyse_document(path).pages
    texts = [block.text for block in page.blocks]
    assert "QUALITY PRODUCTS" in texts
    assert not any("SMLX" in text for text in texts)
    words = " ".join(texts).split()
    assert [word for word in words if word in {"S", "M", "L", "X"}] == ["S", "M", "L", "X"]


# --- scanned pages: the same structure as their text layer ----------------------------------


def test_a_scanned_page_keeps_the_type_sizes_of_its_text_layer(ocr_engine) -> None:
    """A page and its scan (rendered, noised, no text layer) give blocks of the same sizes:
    the title stands out from the names, the names from the details under them, and a line
    of x-height letters ("a ceramic vase") is as large as a line with capitals."""
    import io

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    from pdfqueue.engines.layout import analyse_page, page_from_ocr

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 18)
    pdf.text(60, 70, "Garden Catalogue Spring")
    for row, name in enumerate(("Stone Planter", "Willow Basket", "Copper Lantern")):
        top = 130 + 90 * row
        pdf.set_font("Helvetica", "", 12)
        pdf.text(60, top, name)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(60, top + 16, "a ceramic vase or a summer urn")
        pdf.text(60, top + 28, "Hand made in Portugal, 40 cm wide and 12 kg.")
    document = pdfium.PdfDocument(bytes(pdf.output()))
    page = document[0]
    width, height = page.get_size()
    text_layer = analyse_page(page, 1)
    pixels = np.asarray(page.render(scale=200 / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(3).normal(0, 10, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "PNG")
    scan = page_from_ocr(ocr_engine.recognize(buffer.getvalue()), 1, width, height)

    def sizes(layout) -> dict[str, float]:
        return {b.text.split()[0]: b.font_size for b in layout.blocks if b.text}

    expected, found = sizes(text_layer), sizes(scan)
    for first in ("Garden", "Stone", "Willow", "Copper", "a"):
        assert abs(found[first] - expected[first]) <= 0.1 * expected[first], (first, found)
    assert found["Garden"] > found["Stone"] > found["a"]
    assert [b.kind for b in scan.blocks] == [b.kind for b in text_layer.blocks]


def test_scattered_ocr_sizes_snap_to_the_page_s_few_type_sizes() -> None:
    """One type size OCR'd on many lines scatters by a few per cent (8.2, 8.5, 8.3): the
    page's blocks get as many sizes as it has types, so lines of one size stay apart from
    those of the next (10 pt beside 8.5 pt is not one run of sizes)."""
    from pdfqueue.engines.layout import page_from_ocr

    scale = 200 / 72  # pixels per point
    words = []
    estimates = [8.2, 8.5, 8.3, 8.6, 8.4, 8.25, 8.45, 9.9, 10.1, 10.0, 9.8]
    for row, size in enumerate(estimates):
        baseline = (100 + 30 * row) * scale
        x = 60 * scale
        for token in ("Several", "words", "make", "this", "line"):
            right = x + len(token) * 0.5 * size * scale
            box = [round(x), round(baseline - 0.72 * size * scale), round(right), round(baseline)]
            words.append(
                {
                    "text": token,
                    "confidence": 95.0,
                    "bbox": box,
                    "baseline": baseline,
                    "font_px": size * scale,
                }
            )
            x = right + 0.3 * size * scale
    result = {"words": words, "width": round(595 * scale), "rotation": 0}
    layout = page_from_ocr(result, 1, 595, 842)
    sizes = sorted({b.font_size for b in layout.blocks})
    assert len(sizes) == 2, sizes
    assert abs(sizes[0] - 8.4) < 0.2 and abs(sizes[1] - 9.95) < 0.2, sizes


def test_markdown_gives_leader_lines_one_list_item_each() -> None:
    from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

    page = PageLayout(2, 600, 800)
    index = "Beverage ........................ 3 Fruit . . . . . . . . 5 Dairy products ...... 12"
    prose = "He waited.... and then, after a long while, he left at 5 o'clock."
    page.blocks = [Block("paragraph", (0, 0, 1, 1), index), Block("paragraph", (0, 2, 1, 3), prose)]
    markdown = to_markdown(DocumentLayout([page]))
    assert "- Beverage … 3\n- Fruit … 5\n- Dairy products … 12" in markdown
    assert "He waited.... and then, after a long while, he left at 5 o'clock." in markdown


def _menu_words(heading_size: float) -> list[Word]:
    """Two sections of a menu's rows (name, two prices), the second under a heading centred
    across the table; a long name under it reaches to where the heading starts."""
    words: list[Word] = []
    top = 100.0
    sections = (
        ("", ("Patatas bravas", "Tortilla de patatas", "Chipirones fritos")),
        ("TAPAS CALIENTES", ("Albóndigas en salsa", "Huevos rotos con chistorra picante")),
    )
    for heading, names in sections:
        if heading:
            words += _line(heading, 240, top, heading_size)
            top += 24
        for name in names:
            words += _line(name, 80, top) + _line("8,50", 400, top) + _line("17,50", 470, top)
            top += 20
    return words


def test_a_section_heading_centred_across_a_borderless_table_is_a_row_of_it() -> None:
    tables = [b for b in layout_words(_menu_words(15.0), [], [], 600, 800) if b.kind == "table"]
    assert len(tables) == 1
    assert [row[0] for row in tables[0].rows] == [
        "Patatas bravas",
        "Tortilla de patatas",
        "Chipirones fritos",
        "TAPAS CALIENTES",
        "Albóndigas en salsa",
        "Huevos rotos con chistorra picante",
    ]
    assert all(len(row) == 3 for row in tables[0].rows)  # the heading made no column


def test_a_line_in_the_table_s_own_type_is_no_section_heading_of_it() -> None:
    """Text in the cells' own size set across the columns widens them as before: the long
    name under it bridges two columns and ends the table there."""
    blocks = layout_words(_menu_words(10.0), [], [], 600, 800)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and ["", "TAPAS CALIENTES", "", ""] in tables[0].rows
    assert "Huevos rotos con chistorra picante" not in tables[0].text


def test_a_larger_heading_set_flush_left_still_ends_a_borderless_table() -> None:
    """A parts list's next section ("Zubehör / Accessories" at the left edge, bridging the
    first two columns, its own column titles under it) starts a table of its own."""
    words: list[Word] = []
    top = 100.0
    for number, (code, name, price) in enumerate(
        (
            ("2219-470", "Seilzug", "37,45"),
            ("2219-471", "Zündkerze", "8,10"),
            ("2219-472", "Luftfilter", "12,90"),
            ("", "", ""),
        )
    ):
        if not code:
            words += _line("Zubehör / Accessories", 40, top, 11.0)
            top += 20
            words += _line("Pos.", 43, top, 8) + _line("Teile-Nr.", 75, top, 8)
            words += _line("Bezeichnung", 153, top, 8) + _line("Preis", 493, top, 8)
            top += 16
            for n in range(3):
                words += _line(f"- 8820-17{n}", 43, top, 8) + _line("Abdeckhaube", 153, top, 8)
                words += _line("23,84", 527, top, 8)
                top += 14
            continue
        words += _line(str(number + 1), 43, top, 8) + _line(code, 75, top, 8)
        words += _line(name, 153, top, 8) + _line(price, 527, top, 8)
        top += 14
    tables = [b for b in layout_words(words, [], [], 600, 800) if b.kind == "table"]
    assert "Zubehör / Accessories" not in tables[0].text
    assert tables[-1].rows[-1][0] == "- 8820-172"


def _shop_head_and_card() -> list[Word]:
    """A shop page's head (a 16-point title, an 8-point note at the right) over a card: its
    13-point name beside a badge, a line of stars and reviews, a big price below at the right."""
    return [
        *_line("Mobile & more", 36, 29, 16),
        *_line("Spring sale · free shipping over $35", 433, 37, 8),
        *_line("Atlas Tab 11", 168, 68, 13),
        *_line("NEW", 475, 72, 9),
        *_line("Tablet", 168, 85, 8),
        *_line("★★★★☆", 168, 99, 8),
        *_line("4.3 (206 reviews)", 228, 99, 8),
        *_line("$1,361.99", 470, 117, 20),
        *_line("or $113.50/mo. for 12 mo.", 470, 144, 7),
    ]


def test_a_title_in_large_type_beside_a_small_note_starts_no_table() -> None:
    blocks = layout_words(_shop_head_and_card(), [], [], 612, 792)
    assert [b for b in blocks if b.kind == "table"] == []
    assert any(b.text == "Atlas Tab 11" for b in blocks)


def test_column_titles_in_the_rows_own_size_still_start_a_borderless_table() -> None:
    rows = [("Code", "Name", "Price"), ("AB-100", "Oak chair", "49.00")]
    rows += [("AB-101", "Walnut side table", "89.00"), ("AB-102", "Beech stool", "29.00")]
    words: list[Word] = []
    for number, (code, name, price) in enumerate(rows):
        top = 100 + 14 * number
        size = 10.5 if number == 0 else 9.0  # titles a little larger, as bold titles run
        words += _line(code, 60, top, size) + _line(name, 160, top, size)
        words += _line(price, 420, top, size)
    tables = [b for b in layout_words(words, [], [], 600, 800) if b.kind == "table"]
    assert tables[0].rows[0] == ["Code", "Name", "Price"]


def test_a_scanned_tables_rows_with_cells_read_at_uneven_sizes_stay_one_table() -> None:
    # OCR measures short cells unevenly: a figure in a drawn box read at twice the size of the
    # code beside it. Rows of five cells are a table's rows, not a title beside a note.
    rows = [("Set No.", "Set", "Gauge", "MAP", "3-pack")]
    rows += [("LS-0838", "Extra Light", ".038", "$6.99", "$18.99")]
    rows += [("LS-0942", "Super Light", ".042", "$6.99", "$18.99")]
    rows += [("LS-1046", "Regular", ".046", "$6.99", "$18.99")]
    sizes = [(7.5, 13.0, 7.5, 10.0, 7.5), (9.0, 9.0, 14.5, 9.0, 10.0)]
    sizes += [(9.0, 9.0, 6.5, 9.0, 9.0), (9.0, 9.0, 9.0, 9.0, 9.0)]
    words: list[Word] = []
    for number, (cells, sized) in enumerate(zip(rows, sizes, strict=True)):
        for cell, left, size in zip(cells, (40, 110, 220, 330, 420), sized, strict=True):
            words += _line(cell, left, 100 + 20 * number, size)
    tables = [b for b in layout_words(words, [], [], 600, 800) if b.kind == "table"]
    assert len(tables) == 1
    assert [row[0] for row in tables[0].rows] == ["Set No.", "LS-0838", "LS-0942", "LS-1046"]


def _pair_words(lines: list[tuple[str, ...]], lefts: tuple[float, ...]) -> list[Word]:
    words: list[Word] = []
    for number, cells in enumerate(lines):
        for text, left in zip(cells, lefts, strict=True):
            words += _line(text, left, 100 + 14 * number)
    return words


def test_two_lines_filling_the_same_columns_are_a_table_of_two_rows() -> None:
    """A wine list prints two vintages under a wine's name, each with its code, a leader and
    its price: two rows of one table, not three loose lines read column by column."""
    lines = [
        ("Viña Lorca Reserva — Bodegas Lorca",),
        ("2016", "Ref. 40170", "..............................", "42,48 €"),
        ("2018", "Ref. 40173", "..............................", "38,67 €"),
    ]
    words = _line(lines[0][0], 60, 86) + _pair_words(lines[1:], (60, 110, 190, 420))
    blocks = layout_words(words, [], [], 600, 800)
    tables = [b for b in blocks if b.kind == "table"]
    assert [row[0] for row in tables[0].rows] == ["2016", "2018"]
    assert [row[-1] for row in tables[0].rows] == ["42,48 €", "38,67 €"]
    page = PageLayout(1, 600, 800)
    page.blocks = blocks
    markdown = to_markdown(DocumentLayout([page]))
    assert "| 2016 | Ref. 40170 | … | 42,48 € |" in markdown  # the leader shortened
    assert "| 2018 | Ref. 40173 | … | 38,67 € |" in markdown


def test_two_lines_of_three_columns_of_prose_or_ragged_lines_stay_text() -> None:
    """Two lines of a three-column article, and two lines whose cells fill different columns,
    are no table of two rows."""
    prose = [
        ("The harvest began early", "and the cellar filled", "before the autumn rain."),
        ("this year in the valley,", "with the finest grapes", "Nobody had seen it so."),
    ]
    blocks = layout_words(_pair_words(prose, (60, 230, 400)), [], [], 600, 800)
    assert [b for b in blocks if b.kind == "table"] == []
    ragged = _pair_words([("2016", "Ref. 40170", "42,48 €")], (60, 110, 420)) + _line(
        "Limited release", 200, 114
    )
    blocks = layout_words(ragged, [], [], 600, 800)
    assert [b for b in blocks if b.kind == "table"] == []


def test_two_lines_of_names_side_by_side_are_captions_not_a_table() -> None:
    """Cards in a row: each brand over its product's name, no figure among them."""
    lines = [
        ("Brand 2 LOGO", "Brand 1 LOGO", "Brand 3 LOGO", "Brand 4 LOGO"),
        ("Awesome Cotton Pants", "Plastic Sausages", "Rubber Chips", "Soft Pizza"),
    ]
    blocks = layout_words(_pair_words(lines, (40, 180, 320, 460)), [], [], 600, 800)
    assert [b for b in blocks if b.kind == "table"] == []


def test_a_bold_line_of_weights_and_prices_is_no_heading_but_a_bold_name_is() -> None:
    """A catalog sets each item's name bold and large, and the line of its weights and prices
    bold too: the price line is text of the item, not a section heading (in the Markdown it was
    a `##`); a bold name with a number or two in it stays a heading."""
    words = _line("Prose of the page in its body type, long enough to set the body", 40, 60)
    words += _line("Senior kutyatáp pulykával", 40, 100, 14.0)
    words += _line("3 kg 5 490 Ft · 12 kg 17 830 Ft", 40, 140, 12.0)
    words += _line("iPhone 15 128 GB", 40, 180, 14.0)
    words += _line("More prose in the body type, so that body is this size", 40, 220)
    kinds = {b.text: b.kind for b in layout_words(words, [], [], 600, 800)}
    assert kinds["Senior kutyatáp pulykával"] == "heading"
    assert kinds["iPhone 15 128 GB"] == "heading"
    assert kinds["3 kg 5 490 Ft · 12 kg 17 830 Ft"] == "paragraph"


def test_markdown_joins_the_parts_of_one_printed_line_and_keeps_lines_apart() -> None:
    """A wine's one vintage prints its year, its reference with leader dots and its price on one
    line with wide gaps, which the layout keeps as three blocks: the Markdown gives one line.
    The next line, and a heading on the same baseline, stay paragraphs of their own."""
    from pdfqueue.engines.layout import Block

    page = PageLayout(1, 600, 800)
    page.blocks = [
        Block("paragraph", (40, 100, 70, 110), "2020", lines=["2020"]),
        Block("paragraph", (90, 100, 300, 110), "Ref. 40213 ..........", lines=["Ref. 40213"]),
        Block("paragraph", (320, 100, 360, 110), "26,29 €", lines=["26,29 €"]),
        Block("paragraph", (40, 120, 200, 130), "Albariño Sobre Lías", lines=["Albariño"]),
        Block("heading", (40, 150, 200, 164), "D.O. PRIORAT", font_size=14),
        Block("paragraph", (320, 152, 360, 162), "2 de 3", lines=["2 de 3"]),
    ]
    markdown = to_markdown(DocumentLayout([page]))
    assert "\n\n2020 Ref. 40213 … 26,29 €\n\nAlbariño Sobre Lías\n\n# D.O. PRIORAT\n\n2 de 3" in (
        markdown
    )


def test_a_standard_font_s_bold_face_is_bold_though_it_states_no_weight(tmp_path: Path) -> None:
    """Helvetica-Bold, one of the 14 standard fonts, carries no weight (pdfium reports 0): its
    name says it is bold, so a bold title in the body's size is a heading, and the regular
    lines stay paragraphs."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, 80, "Structural Design Reports")
    pdf.set_font("Helvetica", "", 10)
    for row in range(4):
        pdf.text(40, 100 + 13 * row, f"Full documentation covering material properties, line {row}")
    path = tmp_path / "standard-bold.pdf"
    pdf.output(str(path))
    blocks = analyse_document(path).pages[0].blocks
    title = next(b for b in blocks if b.text == "Structural Design Reports")
    assert title.bold and title.kind == "heading"
    assert all(not b.bold and b.kind == "paragraph" for b in blocks if b is not title)


def test_a_price_set_large_is_no_heading_and_a_large_title_is(tmp_path: Path) -> None:
    """A shelf card's price in large bold type states a price; it names no section. A large
    title, a year or a chapter's number set as large still head what follows."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    large = ["Washing machines", "17 690 Kč", "€ 12,99", "$4.99", "9,99", "2024", "1.299,-"]
    for row, line in enumerate(large):
        pdf.set_font("DejaVu", "B", 22)
        pdf.text(50, 60 + 70 * row, line)
        pdf.set_font("DejaVu", "", 10)
        pdf.text(50, 80 + 70 * row, f"Body text under line {row}, set in the page's own size.")
    path = tmp_path / "large-prices.pdf"
    pdf.output(str(path))
    kinds = {b.text: b.kind for b in analyse_document(path).pages[0].blocks}
    assert kinds["Washing machines"] == "heading" and kinds["2024"] == "heading"
    assert [kinds[line] for line in large[1:5] + large[6:]] == ["paragraph"] * 5
    markdown = to_markdown(analyse_document(path))
    assert "# Washing machines" in markdown and "# 17 690" not in markdown


def test_a_bold_number_alone_at_the_text_s_size_is_no_heading(tmp_path: Path) -> None:
    """A drawing's numbered markers ("4" on a sofa in a room's picture) are set bold at the
    text's size: no section's name. A bold title of words at that size still heads one."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for row, marker in enumerate(("4", "7", "12")):
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(60 + 150 * row, 80, marker)
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(50, 160, "Living room")
    pdf.set_font("Helvetica", "", 10)
    for row in range(4):
        pdf.text(
            50, 180 + 13 * row, f"Body text line {row} about the room, set in the page's size."
        )
    path = tmp_path / "markers.pdf"
    pdf.output(str(path))
    kinds = {b.text: b.kind for b in analyse_document(path).pages[0].blocks}
    assert kinds["Living room"] == "heading"
    assert [kinds.get(m) for m in ("4", "7", "12")] == ["paragraph"] * 3


def test_a_bold_run_in_head_with_its_text_is_no_heading(tmp_path: Path) -> None:
    """Instructions and notices open a paragraph with a bold run-in head on the text's own line
    ("Capital gain tax rate reduced. The ..."): that line is the paragraph's start, not a
    heading of its own. A bold title alone at the text's size, and a bold name with its price
    set regular beside it, still head what follows."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def line(y: float, *parts: tuple[str, str]) -> None:
        x = 50.0
        for style, text in parts:
            pdf.set_font("Helvetica", style, 10)
            pdf.text(x, y, text)
            x += pdf.get_string_width(text + " ")

    line(60, ("B", "What is new"))
    line(73, ("", "Changes this year to the rules that most filers meet."))
    line(110, ("B", "Capital gain tax rate reduced."), ("", "The"))
    line(123, ("", "rate on qualified gains has come down for most filers this year."))
    line(160, ("B", "Tartar de Atun"), ("", "9$"))
    line(173, ("", "Tuna with avocado, cucumber and radish, served on a cold plate."))
    line(220, ("", "Body text of the page, set in the page's own size, line one."))
    line(233, ("", "Body text of the page, set in the page's own size, line two."))
    path = tmp_path / "run-in.pdf"
    pdf.output(str(path))
    blocks = analyse_document(path).pages[0].blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["What is new"] == "heading"
    assert kinds["Tartar de Atun 9$"] == "heading"
    run_in = next(b for b in blocks if b.text.startswith("Capital gain"))
    assert run_in.kind == "paragraph"


def _card_beside_a_boxed_panel(top: float) -> tuple[list[Word], list[Box]]:
    """A supplement's card: its name, pack and description at the left, a facts panel in a box
    of four rules (as a scan gives a frame: its sides apart) in the middle, its prices at the
    right, the lines of all three level with each other."""
    words = _line("Vitamin D3 2000 IU", 134, top, 12) + _line("Supplement Facts", 316, top, 10)
    words += _line("$11.99", 522, top + 4, 14)
    words += _line("120 softgels · Item #GL-3012", 134, top + 18, 8)
    words += _line("Serving Size 1 Softgel", 316, top + 16, 7)
    words += _line("Servings Per Container 120", 316, top + 24, 7)
    words += _line("Supports healthy bones and immune", 134, top + 36, 8.5)
    words += _line("Amount Per Serving", 316, top + 48, 7) + _line(
        "% Daily Value", 440, top + 48, 7
    )
    words += _line("Rewards price", 527, top + 38, 7) + _line("$9.59", 544, top + 48, 11)
    words += _line("function through the darker months.", 134, top + 47, 8.5)
    words += _line("Vitamin D3 (as cholecalciferol)", 316, top + 60, 7)
    words += _line("50 mcg 250%", 440, top + 60, 7)
    bottom = top + 70
    rules: list[Box] = [
        (311, top - 4, 503, top - 2),
        (311, top - 3, 313, bottom),
        (501, top - 4, 503, bottom),
        (315, top + 44, 499, top + 46),
        (311, bottom - 1, 503, bottom + 1),
    ]
    return words, rules


def test_a_box_drawn_round_lines_beside_a_cards_lines_is_read_apart() -> None:
    # the card's lines and the boxed panel's lie level: read across they made one table of
    # the card's name, the panel's lines and the prices; the box sets its lines apart
    words, rules = [], []
    for top in (80, 250):
        more_words, more_rules = _card_beside_a_boxed_panel(top)
        words += more_words
        rules += more_rules
    blocks = layout_words(words, rules, [], 612, 792)
    tables = [b for b in blocks if b.kind == "table"]
    assert not any("Vitamin D3 2000 IU" in t.text or "$11.99" in t.text for t in tables)
    assert any(b.text == "Vitamin D3 2000 IU" for b in blocks)


def test_a_table_with_a_box_round_each_row_or_round_it_all_stays_a_table() -> None:
    """Controls: a box round each row holds one line; a box round a whole table has nothing
    level with its lines outside: neither parts the table."""
    rows = [("AB-100", "Oak chair", "49.00"), ("AB-101", "Walnut side table", "89.00")]
    rows += [("AB-102", "Beech stool", "29.00"), ("AB-103", "Pine bench", "39.00")]
    words: list[Word] = []
    boxed_rows: list[Box] = []
    for number, (code, name, price) in enumerate(rows):
        top = 100 + 20 * number
        words += _line(code, 60, top) + _line(name, 160, top) + _line(price, 420, top)
        boxed_rows += [(55, top - 4, 470, top - 3), (55, top + 13, 470, top + 14)]
        boxed_rows += [(55, top - 4, 56, top + 14), (469, top - 4, 470, top + 14)]
    frame: list[Box] = [(55, 94, 470, 96), (55, 180, 470, 182), (55, 94, 57, 182)]
    frame.append((468, 94, 470, 182))
    for rules in (boxed_rows, frame):
        tables = [b for b in layout_words(words, rules, [], 600, 800) if b.kind == "table"]
        assert [row[0] for t in tables for row in t.rows] == [r[0] for r in rows]


def test_cards_framed_side_by_side_stay_one_table_when_a_scan_breaks_a_frames_side() -> None:
    """Control: two cards of short lines, each in a frame, read across as one table whose
    columns are the cards. The scan read the right frame's bottom short (a box no longer):
    its lines are in a frame still, so the left box parts nothing from them."""
    cards = [
        ("Wand-WC Lino", "Art.-Nr. 2261 9700 00", "B 360 x T 540 mm", "Farbe: weiß 01"),
        ("Stand-WC Lino", "Art.-Nr. 2266 7500 00", "B 360 x T 670 mm", "Farbe: weiß 01"),
    ]
    words: list[Word] = []
    for left, lines in zip((52, 317), cards, strict=True):
        for number, text in enumerate(lines):
            words += _line(text, left, 257 + 14 * number, 9)
    rules: list[Box] = [(40, 240, 291, 241), (40, 240, 41, 330), (290, 240, 291, 330)]
    rules += [(40, 329, 291, 330)]
    rules += [(304, 240, 555, 241), (304, 240, 305, 330), (554, 240, 555, 330)]
    rules += [(338, 329, 555, 330)]  # the right frame's bottom, read from a third in
    tables = [b for b in layout_words(words, rules, [], 612, 792) if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[0] == ["Wand-WC Lino", "Stand-WC Lino"]
