"""PDF engine: page text, embedded images and renders of scanned pages, with pypdfium2.

pdfium is fast (DESIGN.md measured ~886 pages/s of text) and decodes every image filter,
JBIG2 and JPEG 2000 included, but it is not thread-safe: a process works on one document at
a time, and parallelism comes from worker processes.

Rules this module applies, so the pipeline gets items worth OCR-ing and nothing twice:

* **Sniff before parsing.** An empty file or one that does not start with `%PDF-` (within
  the first KiB, as PDF readers tolerate leading junk) is `NotAPdf`, with what it looks like
  and what to do: the reason is what the uploader reads on the failed document.
* **Usable text layer.** A page whose extracted text holds at least `MIN_TEXT_LAYER_CHARS`
  letters or digits has a text layer. A page without one that has images (a scan) or text
  objects that extract to nothing (a font without a Unicode map) is *rendered* at `render_dpi`
  (raised to the resolution of its scan image, capped at `MAX_RENDER_DPI` and
  `max_image_pixels`) and yielded as one `source="page_render"` image with `needs_ocr=True`.
  Blank pages, and pages whose few characters are all there is ("Secret!"), are not rendered.
* **Stamped scans.** A scan whose text layer is a few words laid over it (a portal's download
  notice, a page number, a watermark: under `STAMP_MAX_CHARS` letters or digits on at most
  `STAMP_MAX_LINES` lines while one image covers `COVERING_IMAGE_SHARE` of the page) is
  rendered too (`stamped_scan`): the stamp is not the page's text, and its render, stamp
  included, is what OCR reads. A designed page of text over a background photo (a price
  table, a cover's lines) keeps its text layer.
* **Rendered pages.** Embedded images covering most of a rendered page (the scan itself) are
  not yielded again; smaller ones are yielded with `needs_ocr=False`, as the render covers them.
* **Pages that were OCR'd before.** When a page's text is invisible text (render mode 3, what
  OCR tools lay over a scan), its images get `needs_ocr=False`: their text is already there.
* **Tiny images are dropped** (either side under `MIN_IMAGE_SIDE_PX`): bullets, rules, 1×1
  masks, glyph tiles. They hold no readable text and are no product photo either; the page
  counts them in `skipped_tiny_images`. A page drawn with thousands of glyph tiles
  (image-many-tiny-images-1p.pdf) has no text layer, so it becomes one page render instead of
  2,156 OCR items.
* **Huge images are downscaled** to at most `max_image_pixels` (a 600 dpi A4 scan is 35 MP;
  OCR needs ~4), rendered by pdfium at the target size so the full-size bitmap never reaches
  Python.
* **Encodings.** A DCT (JPEG) image is kept as its JPEG bytes; everything else (Flate, JBIG2,
  CCITT, JPEG 2000...) becomes lossless PNG. `sha256` is the hash of those bytes, so placements
  of the same image XObject hash alike.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from pdfqueue.engines.errors import CorruptPdf, EmptyPdf, EncryptedPdf, NotAPdf, PdfError

__all__ = [
    "CorruptPdf",
    "EmptyPdf",
    "EncryptedPdf",
    "ExtractedImage",
    "NotAPdf",
    "PageContent",
    "PdfError",
    "PdfInfo",
    "inspect_pdf",
    "iter_pages",
    "render_page",
]

SNIFF_BYTES = 1024  # the `%PDF-` header may follow this much leading junk
MIN_TEXT_LAYER_CHARS = 10  # letters/digits a page needs for its text layer to count
MIN_IMAGE_SIDE_PX = 16  # images narrower or lower than this are dropped
COVERING_IMAGE_SHARE = 0.8  # an image over this share of a rendered page is the scan itself
STAMP_MAX_CHARS = 200  # letters/digits over a page-covering image that are a stamp, not text
STAMP_MAX_LINES = 3  # ... on at most so many lines (a notice, a page number): a table has more
DEFAULT_MAX_IMAGE_PIXELS = 4_000_000  # ~ A4 at 200 dpi: enough for OCR, bounded memory
MAX_RENDER_DPI = 600  # a page render never exceeds this, whatever its scan's resolution
MAX_FORM_DEPTH = 15  # nested form XObjects followed (as pypdfium2 does)
JPEG_QUALITY = 90  # for photos that had to be downscaled
PNG_COMPRESS_LEVEL = 3  # zlib level: level 6 costs ~2x the time for ~5 % smaller files

_INVISIBLE = pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE  # how OCR tools lay text over a scan
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class PdfInfo:
    """What opening a PDF tells: enough to accept or reject an upload."""

    page_count: int
    encrypted: bool  # has an encryption dictionary (even if it opened without a password)
    encrypted_owner_only: bool  # encrypted, yet readable without a password (copy-protected)
    pdf_version: str | None = None  # e.g. "1.7"
    metadata: dict[str, str] = field(default_factory=dict)  # Title, Author... (non-empty only)

    @property
    def title(self) -> str | None:
        return self.metadata.get("Title")


@dataclass(frozen=True)
class ExtractedImage:
    """One image of a page: an embedded image, or the render of a scanned page."""

    page_number: int  # 1-based
    image_index: int  # position among the images yielded for this page (render is 0)
    data: bytes  # PNG or JPEG file bytes
    mime_type: Literal["image/png", "image/jpeg"]
    width: int  # pixels of `data`
    height: int
    bbox: tuple[float, float, float, float] | None  # PDF points (left, bottom, right, top),
    # the visible part, in the page's unrotated space
    sha256: str  # of `data`: identical images hash alike
    source: Literal["embedded", "page_render"]
    needs_ocr: bool

    @property
    def extension(self) -> str:
        return "jpg" if self.mime_type == "image/jpeg" else "png"


@dataclass
class PageContent:
    """The text and images of one page."""

    page_number: int  # 1-based
    text: str
    has_text_layer: bool
    images: list[ExtractedImage]
    width_pt: float = 0.0
    height_pt: float = 0.0
    skipped_tiny_images: int = 0  # images dropped for being under MIN_IMAGE_SIDE_PX
    unreadable_images: int = 0  # images pdfium could not decode (damaged streams)
    hidden_images: int = 0  # images placed wholly outside the page's visible box


def inspect_pdf(path: Path, password: str | None = None) -> PdfInfo:
    """Open the PDF, count its pages and read its metadata; raise a `PdfError` if it can't."""
    pdf = open_pdf(Path(path), password)
    try:
        revision = pdfium_c.FPDF_GetSecurityHandlerRevision(pdf)
        version = pdf.get_version()
        metadata = {
            key: value.strip()
            for key, value in pdf.get_metadata_dict(skip_empty=True).items()
            if value.strip()
        }
        return PdfInfo(
            page_count=len(pdf),
            encrypted=revision != -1,
            encrypted_owner_only=revision != -1 and not password,
            pdf_version=f"{version // 10}.{version % 10}" if version else None,
            metadata=metadata,
        )
    finally:
        pdf.close()


def iter_pages(
    path: Path,
    *,
    render_dpi: int = 200,
    password: str | None = None,
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS,
    extract_images: bool = True,
    pages: tuple[int, int] | None = None,
) -> Iterator[PageContent]:
    """Yield each page's text and images in order, holding one page in memory at a time.

    `extract_images=False` yields text only (no images, no renders of scanned pages).
    `pages=(first, last)`, 1-based and inclusive, reads only those pages (clipped to the
    document), so several processes can share one long PDF.

    The file is opened by this call, so a `PdfError` is raised here, before any page. The
    document stays open while the pages are read; exhaust or close the iterator to release it.
    """
    pdf = open_pdf(Path(path), password)
    first, last = pages or (1, len(pdf))
    numbers = range(max(1, first), min(last, len(pdf)) + 1)
    return _pages(pdf, numbers, render_dpi, max_image_pixels, extract_images)


def _pages(
    pdf: pdfium.PdfDocument,
    numbers: range,
    render_dpi: int,
    max_image_pixels: int,
    extract_images: bool,
) -> Iterator[PageContent]:
    try:
        for number in numbers:
            yield _read_page_safely(
                pdf,
                number,
                render_dpi=render_dpi,
                max_image_pixels=max_image_pixels,
                extract_images=extract_images,
            )
    finally:
        pdf.close()


def render_page(
    path: Path,
    page_number: int,
    *,
    dpi: int = 200,
    password: str | None = None,
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS,
) -> ExtractedImage:
    """Render one page (1-based) to PNG, e.g. to OCR a page whatever its text layer says."""
    pdf = open_pdf(Path(path), password)
    try:
        if not 1 <= page_number <= len(pdf):
            raise ValueError(f"page {page_number} is outside 1..{len(pdf)}")
        page = pdf[page_number - 1]
        try:
            return _render(page, page_number, dpi / 72, max_image_pixels)
        finally:
            page.close()
    finally:
        pdf.close()


# --- opening -----------------------------------------------------------------------------------


def open_pdf(path: Path, password: str | None) -> pdfium.PdfDocument:
    """Open with pdfium (which repairs what it can), turning failures into typed errors.

    The raw call is used because pdfium's last-error code is only meaningful when loading
    failed: a document that loads with zero pages leaves a stale code from an earlier failure.
    """
    _sniff(path)
    secret = None if password is None else (password + "\x00").encode("utf-8")
    raw = pdfium_c.FPDF_LoadDocument((str(path.resolve()) + "\x00").encode("utf-8"), secret)
    if not raw:
        raise _typed_error(pdfium_c.FPDF_GetLastError(), password)
    if pdfium_c.FPDF_GetPageCount(raw) < 1:
        pdfium_c.FPDF_CloseDocument(raw)
        raise EmptyPdf("the PDF has no pages (its page tree is empty or missing)")
    return pdfium.PdfDocument(raw)


def _typed_error(code: int, password: str | None) -> PdfError:
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        if password:
            return EncryptedPdf(
                "The PDF is encrypted and the password given is wrong; upload it again with "
                "the right password."
            )
        return EncryptedPdf(
            "The PDF is encrypted and no password was given; upload it again with its "
            "password (the `password` form field, or `pdfqueue submit --password`)."
        )
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return EncryptedPdf("the file uses an encryption scheme that cannot be opened")
    return CorruptPdf("the PDF is damaged beyond repair: its structure could not be read")


def _sniff(path: Path) -> None:
    with path.open("rb") as file:
        head = file.read(SNIFF_BYTES)
    if not head:
        raise NotAPdf(
            "the file is empty (0 bytes), so it is not a PDF; check that the file on your side "
            "is complete and upload it again"
        )
    if b"%PDF-" not in head:
        raise NotAPdf(
            f"the file is not a PDF ({_describe(head)}); only PDF documents can be read: "
            "save or export it as a PDF and upload that"
        )


_MAGIC = {
    b"\x89PNG": "it is a PNG image",
    b"\xff\xd8\xff": "it is a JPEG image",
    b"PK\x03\x04": "it is a ZIP archive or an Office document",
    b"GIF8": "it is a GIF image",
    b"II*\x00": "it is a TIFF image",
    b"MM\x00*": "it is a TIFF image",
    b"{\\rtf": "it is an RTF document",
}


def _describe(head: bytes) -> str:
    """Say in a few words what a non-PDF file looks like."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return what
    text = head.decode("utf-8", errors="replace")
    if "<html" in text.lower() or text.lstrip().lower().startswith("<!doctype"):
        return "it is an HTML page"
    snippet = " ".join(text.split())[:40]
    if snippet and sum(ch.isprintable() for ch in snippet) >= 0.9 * len(snippet):
        return f'it starts with "{snippet}"'
    return "it starts with binary data that is not a PDF header"


# --- one page ----------------------------------------------------------------------------------


def _read_page_safely(
    pdf: pdfium.PdfDocument,
    page_number: int,
    *,
    render_dpi: int,
    max_image_pixels: int,
    extract_images: bool,
) -> PageContent:
    """Read one page and release it: page objects are freed before the next page loads."""
    try:
        page = pdf[page_number - 1]
    except pdfium.PdfiumError:
        raise CorruptPdf(f"page {page_number} of the PDF is damaged and cannot be read") from None
    try:
        return _read_page(
            pdf,
            page,
            page_number,
            render_dpi=render_dpi,
            max_image_pixels=max_image_pixels,
            extract_images=extract_images,
        )
    except pdfium.PdfiumError:
        raise CorruptPdf(f"page {page_number} of the PDF is damaged and cannot be read") from None
    finally:
        page.close()


def _read_page(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    page_number: int,
    *,
    render_dpi: int,
    max_image_pixels: int,
    extract_images: bool,
) -> PageContent:
    text = _page_text(page)
    text_chars = sum(ch.isalnum() for ch in text)
    has_text_layer = text_chars >= MIN_TEXT_LAYER_CHARS
    width_pt, height_pt = page.get_size()
    content = PageContent(page_number, text, has_text_layer, [], width_pt, height_pt)
    if not extract_images:
        return content  # text only: no walk over the page objects, no renders

    images, text_objects, invisible_text = _survey(pdf, page)

    # Render a page without a text layer when there is something OCR can read: images (a scan,
    # glyph tiles), or text objects whose text came out as nothing (no Unicode map). A page
    # whose few characters are all its text ("Secret!") is not rendered to read them again.
    garbled_text = text_objects > 0 and not any(ch.isalnum() for ch in text)
    box_left, box_bottom, box_right, box_top = page.get_bbox()  # the visible (crop) box
    page_area = max((box_right - box_left) * (box_top - box_bottom), 1.0)
    if has_text_layer and text_chars < STAMP_MAX_CHARS and images:
        has_text_layer = not _stamped(text, text_chars, _covered(images, page) / page_area)
        content.has_text_layer = has_text_layer
    rendered = not has_text_layer and (bool(images) or garbled_text)
    # Invisible text over a scan is an earlier OCR: the images' text is already in `text`.
    ocr_layer = has_text_layer and text_objects > 0 and invisible_text >= 0.9 * text_objects
    scan_scale = 0.0  # pixels per point of the sharpest page-covering image

    kept: list[ExtractedImage] = []
    for obj, forms in images:
        try:
            px_w, px_h = obj.get_px_size()
            bounds = obj.get_bounds()
            for matrix in reversed(forms):  # form space -> page space, innermost first
                bounds = matrix.on_rect(*bounds)
        except pdfium.PdfiumError:
            content.unreadable_images += 1
            continue
        if min(px_w, px_h) < MIN_IMAGE_SIDE_PX:
            content.skipped_tiny_images += 1
            continue
        left, bottom, right, top = bounds
        placed_w, placed_h = abs(right - left), abs(top - bottom)
        # Only the part inside the page's visible box shows; an image wholly outside is hidden.
        left, bottom = max(left, box_left), max(bottom, box_bottom)
        right, top = min(right, box_right), min(top, box_top)
        if right <= left or top <= bottom:
            content.hidden_images += 1
            continue
        if rendered and (right - left) * (top - bottom) >= COVERING_IMAGE_SHARE * page_area:
            scan_scale = max(scan_scale, max(px_w, px_h) / max(placed_w, placed_h, 1.0))
            continue
        try:
            data, mime, width, height = _encode_image(pdf, page, obj, px_w, px_h, max_image_pixels)
        except (pdfium.PdfiumError, OSError, ValueError):
            content.unreadable_images += 1
            continue
        kept.append(
            ExtractedImage(
                page_number=page_number,
                image_index=0,  # numbered below, after the render
                data=data,
                mime_type=mime,
                width=width,
                height=height,
                bbox=(left, bottom, right, top),
                sha256=hashlib.sha256(data).hexdigest(),
                source="embedded",
                needs_ocr=not rendered and not ocr_layer,
            )
        )

    if rendered:
        scale = min(max(render_dpi / 72, scan_scale), MAX_RENDER_DPI / 72)
        content.images.append(_render(page, page_number, scale, max_image_pixels))
    for image in kept:
        content.images.append(_renumber(image, len(content.images)))
    return content


def stamped_scan(page: pdfium.PdfPage) -> bool:
    """Whether a page is a scan with a few words stamped on it: its largest image covers at
    least `COVERING_IMAGE_SHARE` of its visible box and its text layer holds fewer than
    `STAMP_MAX_CHARS` letters or digits on at most `STAMP_MAX_LINES` lines (a download notice,
    a page number, a watermark; a price table over a background photo has more lines). Such a
    page is read as a scan, its render OCR'd, by the pipeline (`iter_pages`) and by
    `layout.analyse_page` alike: this is the one rule both apply."""
    text = _page_text(page)
    text_chars = sum(ch.isalnum() for ch in text)
    if text_chars >= STAMP_MAX_CHARS:
        return False
    images, _, _ = _survey(page.pdf, page)
    box_left, box_bottom, box_right, box_top = page.get_bbox()
    page_area = max((box_right - box_left) * (box_top - box_bottom), 1.0)
    return bool(images) and _stamped(text, text_chars, _covered(images, page) / page_area)


def _stamped(text: str, text_chars: int, covered_share: float) -> bool:
    lines = sum(1 for line in text.split("\n") if line.strip())
    return (
        covered_share >= COVERING_IMAGE_SHARE
        and text_chars < STAMP_MAX_CHARS
        and lines <= STAMP_MAX_LINES
    )


def _covered(
    images: list[tuple[pdfium.PdfImage, list[pdfium.PdfMatrix]]], page: pdfium.PdfPage
) -> float:
    """The area, in square points, of the page's visible box that its largest image covers."""
    box_left, box_bottom, box_right, box_top = page.get_bbox()
    largest = 0.0
    for obj, forms in images:
        try:
            bounds = obj.get_bounds()
        except pdfium.PdfiumError:
            continue
        for matrix in reversed(forms):  # form space -> page space, innermost first
            bounds = matrix.on_rect(*bounds)
        left, bottom, right, top = bounds
        width = min(right, box_right) - max(left, box_left)
        height = min(top, box_top) - max(bottom, box_bottom)
        if width > 0 and height > 0:
            largest = max(largest, width * height)
    return largest


def _survey(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage
) -> tuple[list[tuple[pdfium.PdfImage, list[pdfium.PdfMatrix]]], int, int]:
    """The page's images (with their enclosing form matrices), text objects, invisible ones."""
    images: list[tuple[pdfium.PdfImage, list[pdfium.PdfMatrix]]] = []
    text_objects = invisible_text = 0
    for kind, raw, forms in walk_objects(page.raw):
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append((pdfium.PdfObject(raw, page=page, pdf=pdf), forms))
        elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            text_objects += 1
            if pdfium_c.FPDFTextObj_GetTextRenderMode(raw) == _INVISIBLE:
                invisible_text += 1
    return images, text_objects, invisible_text


def walk_objects(
    parent: object, forms: list[pdfium.PdfMatrix] | None = None
) -> Iterator[tuple[int, object, list[pdfium.PdfMatrix]]]:
    """Yield (type, raw handle, enclosing form matrices) of every object, forms included.

    Raw ctypes calls rather than `PdfPage.get_objects()`: a text page holds thousands of text
    objects, and a Python wrapper for each halved the pages per second. Objects inside a form
    XObject have their bounds in the form's space; the enclosing matrices map them to the page.
    """
    forms = forms or []
    if forms:
        count, get = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    else:
        count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    for index in range(max(count(parent), 0)):
        raw = get(parent, index)
        if not raw:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(raw)
        yield kind, raw, forms
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and len(forms) < MAX_FORM_DEPTH:
            matrix = pdfium_c.FS_MATRIX()
            if pdfium_c.FPDFPageObj_GetMatrix(raw, matrix):
                yield from walk_objects(raw, [*forms, pdfium.PdfMatrix.from_raw(matrix)])


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_bounded()
    finally:
        textpage.close()
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARS.sub("", text).strip()


def _renumber(image: ExtractedImage, index: int) -> ExtractedImage:
    return ExtractedImage(**{**image.__dict__, "image_index": index})


# --- images ------------------------------------------------------------------------------------


def _encode_image(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    obj: pdfium.PdfImage,
    px_w: int,
    px_h: int,
    max_pixels: int,
) -> tuple[bytes, Literal["image/png", "image/jpeg"], int, int]:
    """The image as file bytes: its own JPEG when it is one, else PNG; downscaled if huge.

    A downscaled photo (a JPEG in the PDF) stays JPEG, lossless sources become PNG.
    """
    is_jpeg = obj.get_filters(skip_simple=True) == ["DCTDecode"]
    if px_w * px_h > max_pixels:
        pil = _downscaled(pdf, page, obj, px_w, px_h, max_pixels)
        if is_jpeg:
            return _jpeg(pil), "image/jpeg", pil.width, pil.height
        return _png(pil), "image/png", pil.width, pil.height
    if is_jpeg:
        data = bytes(obj.get_data(decode_simple=True))
        if data.startswith(b"\xff\xd8"):
            return (data, "image/jpeg", *_checked_jpeg_size(data, px_w, px_h, max_pixels))
    # The PIL image may share the bitmap's memory: keep `bitmap` alive until encoded. pdfium
    # owns these ("foreign") bitmaps, so they are freed with the Python object, not closed.
    bitmap = obj.get_bitmap(render=False)
    pil = bitmap.to_pil()
    return _png(pil), "image/png", pil.width, pil.height


def _checked_jpeg_size(data: bytes, px_w: int, px_h: int, max_pixels: int) -> tuple[int, int]:
    """The JPEG stream's own size. The PDF's /Width and /Height are only a claim: a stream
    whose header says 3000×3000 under a declared 100×100 would be stored as small and then
    decoded whole by OCR (an image bomb). A stream of another size is kept with its true size
    when that is within `max_pixels`, and refused (ValueError) when it is not."""
    try:
        with Image.open(io.BytesIO(data)) as header:  # reads the header, decodes nothing
            width, height = header.size
    except (OSError, Image.DecompressionBombError) as exc:
        raise ValueError(f"the JPEG stream cannot be read safely ({exc})") from None
    if (width, height) != (px_w, px_h) and width * height > max_pixels:
        raise ValueError(
            f"the JPEG stream is {width}×{height} px while the PDF declares {px_w}×{px_h}"
        )
    return width, height


def _downscaled(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    obj: pdfium.PdfImage,
    px_w: int,
    px_h: int,
    max_pixels: int,
) -> Image.Image:
    """Let pdfium draw the image at the target size, so the full bitmap never reaches Python."""
    factor = math.sqrt(max_pixels / (px_w * px_h))
    left, bottom, right, top = obj.get_bounds()
    placed = max(abs(right - left), abs(top - bottom), 1e-3)
    # Scale the placement so its longer side measures the target pixel count in points.
    scale = max(px_w, px_h) * factor / placed
    original = obj.get_matrix()
    obj.set_matrix(original.scale(scale, scale))
    try:
        raw = pdfium_c.FPDFImageObj_GetRenderedBitmap(pdf, page, obj)
    finally:
        obj.set_matrix(original)
    if not raw:
        raise ValueError("pdfium could not draw the image")
    bitmap = pdfium.PdfBitmap.from_raw(raw)
    return bitmap.to_pil().copy()  # a copy: the bitmap's memory goes with `bitmap`


def _render(
    page: pdfium.PdfPage, page_number: int, scale: float, max_pixels: int
) -> ExtractedImage:
    width_pt, height_pt = page.get_size()
    box = page.get_bbox()
    # Bogus media boxes (2^31 points tall) must not allocate a bitmap of that size; pdfium
    # rounds pixel sizes up, hence the loop.
    scale = min(scale, math.sqrt(max_pixels / max(width_pt * height_pt, 1.0)))
    for _ in range(100):
        if math.ceil(width_pt * scale) * math.ceil(height_pt * scale) <= max_pixels:
            break
        scale *= 0.995
    bitmap = page.render(scale=scale, rev_byteorder=True)
    pil = bitmap.to_pil()  # shares the bitmap's memory, alive until this function returns
    data = _png(pil)
    width, height = pil.width, pil.height
    return ExtractedImage(
        page_number=page_number,
        image_index=0,
        data=data,
        mime_type="image/png",
        width=width,
        height=height,
        bbox=box,
        sha256=hashlib.sha256(data).hexdigest(),
        source="page_render",
        needs_ocr=True,
    )


def _jpeg(image: Image.Image) -> bytes:
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def _png(image: Image.Image) -> bytes:
    if image.mode not in ("1", "L", "LA", "RGB", "RGBA", "I;16"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=PNG_COMPRESS_LEVEL)
    return buffer.getvalue()
