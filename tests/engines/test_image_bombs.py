"""Image bombs: an image's stream, not the PDF's claim about it, decides what is stored and how
much OCR decodes."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw

from pdfqueue.engines import ocr
from pdfqueue.engines.pdf import iter_pages


def _jpeg(width: int, height: int) -> bytes:
    image = Image.new("L", (width, height), 255)
    ImageDraw.Draw(image).text((10, 10), "BOMB", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=30)
    return buffer.getvalue()


def _pdf_with_jpeg(path: Path, data: bytes, declared: tuple[int, int]) -> Path:
    """A one-page PDF with real text (so the image is extracted, not the page rendered) and
    one DCT image whose dictionary declares `declared` pixels."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    image = pikepdf.Stream(pdf, data)
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width, image.Height = declared
    image.ColorSpace, image.BitsPerComponent = pikepdf.Name.DeviceGray, 8
    image.Filter = pikepdf.Name.DCTDecode
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont="/Helvetica"
        )
    )
    page.Resources = pikepdf.Dictionary(
        XObject=pikepdf.Dictionary(Im0=image), Font=pikepdf.Dictionary(F1=font)
    )
    page.Contents = pdf.make_stream(
        b"BT /F1 12 Tf 72 720 Td (A page of real text that needs no OCR at all.) Tj ET\n"
        b"q 100 0 0 100 72 500 cm /Im0 Do Q\n"
    )
    pdf.save(path)
    return path


def _stored(path: Path, max_pixels: int) -> list:
    [page] = list(iter_pages(path, max_image_pixels=max_pixels))
    return page.images


def test_a_jpeg_larger_than_declared_is_refused_not_stored_as_small(tmp_path: Path) -> None:
    path = _pdf_with_jpeg(tmp_path / "bomb.pdf", _jpeg(3000, 3000), declared=(100, 100))
    images = _stored(path, max_pixels=4_000_000)
    for image in images:  # whatever is kept is what it says it is
        with Image.open(io.BytesIO(image.data)) as decoded:
            assert decoded.size == (image.width, image.height)
    assert images == []


def test_a_mismatched_jpeg_within_the_limit_is_stored_with_its_true_size(tmp_path: Path) -> None:
    path = _pdf_with_jpeg(tmp_path / "odd.pdf", _jpeg(400, 300), declared=(100, 100))
    [image] = _stored(path, max_pixels=4_000_000)
    assert (image.width, image.height) == (400, 300)


def test_an_honest_jpeg_is_kept_byte_for_byte(tmp_path: Path) -> None:
    data = _jpeg(400, 300)
    path = _pdf_with_jpeg(tmp_path / "ok.pdf", data, declared=(400, 300))
    [image] = _stored(path, max_pixels=4_000_000)
    assert image.data == data and (image.width, image.height) == (400, 300)


def test_pillow_refuses_images_far_larger_than_a_page_can_need() -> None:
    assert Image.MAX_IMAGE_PIXELS == ocr.MAX_DECODE_PIXELS < 89_478_485  # Pillow's default
    with pytest.raises(ocr.OcrError, match="cannot be read"):
        ocr.get_engine().recognize(_bomb_header(_jpeg(400, 400), 20000, 20000))


def _bomb_header(jpeg: bytes, width: int, height: int) -> bytes:
    """The JPEG with its SOF0 frame header rewritten to claim width×height."""
    data = bytearray(jpeg)
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 7] = height.to_bytes(2, "big")
    data[at + 7 : at + 9] = width.to_bytes(2, "big")
    return bytes(data)


def test_large_jpegs_are_decoded_reduced_for_ocr() -> None:
    big = _jpeg(9000, 4000)  # 36 MP, a 600 dpi page: 4.5 times what OCR reads
    loaded = ocr._load(big)
    assert loaded.size == (4500, 2000)  # libjpeg decoded it at half scale, enough for OCR
