"""The PDF engine on real corpus files: text, images, scanned-page renders, typed errors."""

from __future__ import annotations

import hashlib
import io
import itertools
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from PIL import Image

from pdfqueue.engines.pdf import (
    MIN_IMAGE_SIDE_PX,
    CorruptPdf,
    EmptyPdf,
    EncryptedPdf,
    NotAPdf,
    PdfError,
    inspect_pdf,
    iter_pages,
    render_page,
)

# --- opening ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "text-multi-page-5p.pdf",
        "text-tracemonkey-paper-14p.pdf",
        "gen-catalog-product-grid-2p.pdf",
        "scan-multipage-4p.pdf",
        "edge-huge-619-pages.pdf",
        "edge-encrypted-copy-protected-2p.pdf",
    ],
)
def test_page_count_matches_the_manifest(corpus: Path, manifest: dict, name: str) -> None:
    assert inspect_pdf(corpus / name).page_count == int(manifest[name]["pages"])


# Every unreadable edge file gives its typed error and a sentence a person understands.
UNREADABLE = [
    ("edge-zero-bytes.pdf", NotAPdf, "the file is empty"),
    ("edge-not-pdf-plain-text.pdf", NotAPdf, 'not a PDF (it starts with "This is not a PDF'),
    ("edge-encrypted-aes256-user-password.pdf", EncryptedPdf, "no password was given"),
    ("edge-encrypted-libreoffice-password.pdf", EncryptedPdf, "no password was given"),
    ("edge-malformed-header-and-eof-only.pdf", CorruptPdf, "damaged beyond repair"),
    ("edge-malformed-missing-pages.pdf", EmptyPdf, "has no pages"),
    ("edge-zero-pages.pdf", EmptyPdf, "has no pages"),
]


@pytest.mark.parametrize(("name", "error", "phrase"), UNREADABLE)
def test_unreadable_files_raise_a_typed_error_with_a_readable_reason(
    corpus: Path, name: str, error: type[PdfError], phrase: str
) -> None:
    for attempt in (lambda: inspect_pdf(corpus / name), lambda: iter_pages(corpus / name)):
        with pytest.raises(error) as caught:
            attempt()
        assert phrase in caught.value.reason
        assert str(caught.value) == caught.value.reason
        assert "pdfium" not in caught.value.reason.lower()
        assert caught.value.__context__ is None  # no pdfium error chained below it


def test_a_file_that_is_no_pdf_is_told_what_is_wrong_and_what_to_do(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    notes = tmp_path / "notes.pdf"
    notes.write_text("Meeting notes, Tuesday")
    with pytest.raises(NotAPdf) as caught:
        inspect_pdf(empty)
    assert "empty (0 bytes)" in caught.value.reason
    assert "upload it again" in caught.value.reason
    with pytest.raises(NotAPdf) as caught:
        inspect_pdf(notes)
    assert 'it starts with "Meeting notes, Tuesday"' in caught.value.reason
    assert "export it as a PDF and upload that" in caught.value.reason


def test_other_files_are_not_mistaken_for_pdfs(tmp_path: Path) -> None:
    html = tmp_path / "page.pdf"
    html.write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    png = tmp_path / "photo.pdf"
    Image.new("RGB", (4, 4)).save(png, format="PNG")
    with pytest.raises(NotAPdf, match="HTML page"):
        inspect_pdf(html)
    with pytest.raises(NotAPdf, match="PNG image"):
        inspect_pdf(png)


@pytest.mark.parametrize(
    ("name", "password", "expected"),
    [
        ("edge-encrypted-aes256-user-password.pdf", "baz", "Secret!"),
        ("edge-encrypted-libreoffice-password.pdf", "openpassword", "Lorem ipsum dolor sit amet"),
    ],
)
def test_encrypted_files_open_with_their_password(
    corpus: Path, name: str, password: str, expected: str
) -> None:
    info = inspect_pdf(corpus / name, password=password)
    assert info.encrypted and not info.encrypted_owner_only and info.page_count == 1
    page = next(iter_pages(corpus / name, password=password))
    assert expected in page.text
    with pytest.raises(EncryptedPdf, match="password given is wrong"):
        inspect_pdf(corpus / name, password="not-the-password")


def test_copy_protected_file_opens_without_a_password(corpus: Path) -> None:
    name = "edge-encrypted-copy-protected-2p.pdf"
    info = inspect_pdf(corpus / name)
    assert info.encrypted and info.encrypted_owner_only and info.page_count == 2
    pages = list(iter_pages(corpus / name))
    assert "LayoutParser" in pages[0].text and all(p.has_text_layer for p in pages)


@pytest.mark.parametrize(
    ("name", "rendered"),
    [
        # pdfium repairs these; there is nothing on the page to read or OCR.
        ("edge-malformed-bogus-page-count.pdf", False),  # claims 213,804,087 pages; 2^31 pt tall
        ("edge-malformed-missing-endstream.pdf", False),
        # repaired, and the page is a scan: rendered for OCR.
        ("edge-truncated-no-startxref.pdf", True),
        ("edge-malformed-parser-issue.pdf", True),
    ],
)
def test_repairable_files_give_a_result(corpus: Path, name: str, rendered: bool) -> None:
    pages = list(iter_pages(corpus / name))
    assert len(pages) == inspect_pdf(corpus / name).page_count == 1
    renders = [image for image in pages[0].images if image.source == "page_render"]
    assert len(renders) == (1 if rendered else 0)


# --- text -------------------------------------------------------------------------------------


def test_text_pages_come_in_order_with_their_text(corpus: Path) -> None:
    pages = list(iter_pages(corpus / "text-multi-page-5p.pdf"))
    assert [p.page_number for p in pages] == [1, 2, 3, 4, 5]
    assert pages[0].text.startswith("The Evolution of the Word Processor")
    assert all(p.has_text_layer and not p.images for p in pages)
    assert "\r" not in "".join(p.text for p in pages)


def test_text_of_papers_in_english_and_french(corpus: Path) -> None:
    paper = next(iter_pages(corpus / "text-tracemonkey-paper-14p.pdf"))
    assert "Trace-based Just-in-Time Type Specialization" in paper.text
    french = next(iter_pages(corpus / "text-olap-paper-fr-12p.pdf"))
    assert "Résumés et interrogations de logs de requêtes OLAP" in french.text


def test_page_with_too_little_text_but_nothing_to_ocr_is_not_rendered(corpus: Path) -> None:
    page = next(iter_pages(corpus / "edge-encrypted-aes256-user-password.pdf", password="baz"))
    assert page.text == "Secret!" and not page.has_text_layer and page.images == []


def test_garbled_text_layer_is_rendered_for_ocr(corpus: Path) -> None:
    page = next(iter_pages(corpus / "edge-encoding-font-without-unicode-map.pdf"))
    assert not page.has_text_layer
    assert [(i.source, i.needs_ocr) for i in page.images] == [("page_render", True)]


# --- images -----------------------------------------------------------------------------------


def test_catalog_images_carry_page_size_position_and_hash(corpus: Path) -> None:
    pages = list(iter_pages(corpus / "gen-catalog-product-grid-2p.pdf"))
    assert [len(p.images) for p in pages] == [6, 1]
    for page in pages:
        for index, image in enumerate(page.images):
            assert image.page_number == page.page_number and image.image_index == index
            assert image.source == "embedded" and image.needs_ocr
            assert image.sha256 == hashlib.sha256(image.data).hexdigest()
            decoded = Image.open(io.BytesIO(image.data))
            assert decoded.format == {"image/png": "PNG", "image/jpeg": "JPEG"}[image.mime_type]
            assert decoded.size == (image.width, image.height)
            left, bottom, right, top = image.bbox
            assert 0 <= left < right <= page.width_pt and 0 <= bottom < top <= page.height_pt
    # DCT images keep their JPEG bytes; the others become PNG.
    assert {i.mime_type for i in pages[0].images} == {"image/jpeg", "image/png"}
    assert (pages[0].images[1].width, pages[0].images[1].height) == (1144, 1144)


def test_images_inside_form_xobjects_are_placed_on_the_page(corpus: Path) -> None:
    # This catalog draws its photos inside a form scaled by 0.24: raw bounds reach 3,500 pt.
    page = next(iter_pages(corpus / "gen-catalog-parts-3p.pdf"))
    assert len(page.images) >= 10
    for image in page.images:
        left, bottom, right, top = image.bbox
        assert 0 <= left < right <= page.width_pt and 0 <= bottom < top <= page.height_pt


def test_images_placed_outside_the_page_are_left_out(corpus: Path) -> None:
    pages = list(iter_pages(corpus / "image-corporate-report-3p.pdf"))
    assert sum(p.hidden_images for p in pages) > 0
    for page in pages:
        for image in page.images:
            left, _, right, _ = image.bbox
            assert 0 <= left < right <= page.width_pt


def test_identical_images_hash_alike_and_different_ones_differ(corpus: Path) -> None:
    pages = itertools.islice(iter_pages(corpus / "gen-catalog-gem-guide-8p.pdf"), 6)
    hash_by_pixels: dict[bytes, set[str]] = {}
    for page in pages:
        for image in page.images:
            pixels = Image.open(io.BytesIO(image.data))
            key = hashlib.sha256(pixels.tobytes() + repr(pixels.size).encode()).digest()
            hash_by_pixels.setdefault(key, set()).add(image.sha256)
    assert all(len(hashes) == 1 for hashes in hash_by_pixels.values())
    distinct = [next(iter(hashes)) for hashes in hash_by_pixels.values()]
    assert len(set(distinct)) == len(distinct) > 1


def test_page_of_glyph_tiles_becomes_one_ocr_item(corpus: Path) -> None:
    (page,) = iter_pages(corpus / "image-many-tiny-images-1p.pdf")
    assert page.skipped_tiny_images == 2156
    assert [(i.source, i.needs_ocr) for i in page.images] == [("page_render", True)]


def test_scanned_page_is_rendered_once_instead_of_its_scan_image(corpus: Path) -> None:
    (page,) = iter_pages(corpus / "scan-book-page-huckleberry-finn.pdf", render_dpi=170)
    (render,) = page.images
    assert render.source == "page_render" and render.needs_ocr and render.mime_type == "image/png"
    assert render.width == pytest.approx(page.width_pt * 170 / 72, abs=2)
    assert Image.open(io.BytesIO(render.data)).size == (render.width, render.height)


def test_huge_scan_is_rendered_at_a_bounded_size(corpus: Path) -> None:
    # A 4960×7016 px (600 dpi) scan: rendered near its own resolution, capped in pixels.
    (page,) = iter_pages(corpus / "scan-rotated-90.pdf", max_image_pixels=2_000_000)
    (render,) = page.images
    assert render.width * render.height <= 2_000_000
    assert render.width * render.height > 1_500_000  # not rendered at a tiny default size


def test_large_embedded_images_are_downscaled(corpus: Path) -> None:
    limit = 200_000
    (first, *_) = iter_pages(corpus / "gen-catalog-product-grid-2p.pdf", max_image_pixels=limit)
    originals = next(iter_pages(corpus / "gen-catalog-product-grid-2p.pdf")).images
    for image, original in zip(first.images, originals, strict=True):
        assert image.width * image.height <= limit * 1.02
        if original.width * original.height > limit:
            assert image.mime_type == original.mime_type  # photos stay JPEG, others PNG
            assert Image.open(io.BytesIO(image.data)).size == (image.width, image.height)
            assert image.width / image.height == pytest.approx(
                original.width / original.height, rel=0.05
            )


def test_images_on_a_page_already_ocrd_need_no_ocr(corpus: Path) -> None:
    page = next(iter_pages(corpus / "scan-with-ocr-text-layer-6p.pdf"))
    assert page.has_text_layer and "VICKSBURG" in page.text
    assert page.images and not any(i.needs_ocr for i in page.images)
    assert all(min(i.width, i.height) >= MIN_IMAGE_SIDE_PX for i in page.images)


def test_render_page_renders_any_page(corpus: Path) -> None:
    image = render_page(corpus / "text-multi-page-5p.pdf", 2, dpi=72)
    assert image.page_number == 2 and image.source == "page_render"
    assert Image.open(io.BytesIO(image.data)).size == (image.width, image.height)
    with pytest.raises(ValueError, match=r"outside 1\.\.5"):
        render_page(corpus / "text-multi-page-5p.pdf", 6)


# --- memory -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "n"),
    [("image-trail-strategic-plan-fr-65p.pdf", 30), ("edge-huge-619-pages.pdf", 150)],
)
def test_memory_does_not_grow_with_page_count(corpus: Path, name: str, n: int) -> None:
    """RSS grows while caches warm up over the first N pages, then stays flat over the next N.

    A per-page leak would make the second half grow about as much as the first: pages of the
    619-page file left open cost ~0.4 MB each (measured: 76 MB for 200 pages, 3 MB closed).
    """
    process = psutil.Process()
    rss = [process.memory_info().rss]
    for count, page in enumerate(iter_pages(corpus / name), start=1):
        del page
        if count % n == 0:
            rss.append(process.memory_info().rss)
        if count == 2 * n:
            break
    first, second = rss[1] - rss[0], rss[2] - rss[1]
    slack = 1 << 20  # RSS moves in pages of the allocator, not bytes
    assert second <= 0.5 * max(first, 0) + slack, (first >> 10, second >> 10)


def test_pdf_ocr_and_chunking_engines_import_nothing_above_them() -> None:
    """Engines are pure: importing them pulls in no database, queue or pipeline code."""
    code = (
        "import sys, pdfqueue.engines.pdf, pdfqueue.engines.ocr, pdfqueue.engines.chunking\n"
        "bad = [m for m in sys.modules if m.split('.')[:2] in "
        "(['pdfqueue', 'db'], ['pdfqueue', 'queue'], ['pdfqueue', 'pipeline'])]\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_page_ranges_together_read_what_the_whole_file_reads(corpus: Path) -> None:
    path = corpus / "gen-catalog-grocery-9p.pdf"

    def summary(pages):
        return [
            (p.page_number, p.text, [(i.image_index, i.sha256, i.needs_ocr) for i in p.images])
            for p in pages
        ]

    whole = summary(iter_pages(path))
    parts = [summary(iter_pages(path, pages=r)) for r in ((1, 4), (5, 8), (9, 40))]
    assert [p[0] for p in parts[0]] == [1, 2, 3, 4]
    assert [p[0] for p in parts[2]] == [9]  # a range past the end is clipped
    assert list(itertools.chain(*parts)) == whole
