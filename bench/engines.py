"""Micro-benchmark of the PDF, OCR and chunking engines, one process, no database.

Prints the machine, library versions and: text extraction pages/s, image extraction, OCR
seconds per image and the RSS one OCR engine adds, chunking time. Each OCR figure is measured
in a fresh subprocess so the RSS of the engine is not mixed with pdfium's.

    .venv/bin/python bench/engines.py                 # defaults: corpus files below
    .venv/bin/python bench/engines.py --ocr-images 8  # fewer OCR items
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "tests" / "corpus"
TEXT_FILE = "gen-text-book-120p.pdf"
IMAGE_FILE = "image-trail-strategic-plan-fr-65p.pdf"
SCAN_FILES = [
    "scan-book-page-huckleberry-finn.pdf",
    "scan-french-diacritics.pdf",
    "scan-rotated-90.pdf",
    "scan-multipage-4p.pdf",
    "scan-jbig2-xerox.pdf",
    "gen-scan-office-2p.pdf",
    "scan-typewriter-2400dpi.pdf",
    "scan-table-image.pdf",
]
CATALOG_FILE = "gen-catalog-grocery-9p.pdf"


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def bench_text(corpus: Path) -> dict:
    from pdfqueue.engines.pdf import iter_pages

    out = {}
    for extract_images in (False, True):
        started = time.perf_counter()
        pages = chars = 0
        for page in iter_pages(corpus / TEXT_FILE, extract_images=extract_images):
            pages += 1
            chars += len(page.text)
        seconds = time.perf_counter() - started
        key = "with_images" if extract_images else "text_only"
        out[key] = {"pages": pages, "chars": chars, "pages_per_s": round(pages / seconds, 1)}
    return out


def bench_images(corpus: Path) -> dict:
    from pdfqueue.engines.pdf import iter_pages

    started = time.perf_counter()
    pages = images = unique = 0
    seen: set[str] = set()
    nbytes = 0
    for page in iter_pages(corpus / IMAGE_FILE):
        pages += 1
        for image in page.images:
            images += 1
            nbytes += len(image.data)
            if image.sha256 not in seen:
                seen.add(image.sha256)
                unique += 1
    seconds = time.perf_counter() - started
    return {
        "file": IMAGE_FILE,
        "pages": pages,
        "images": images,
        "unique": unique,
        "mb_written": round(nbytes / 2**20, 1),
        "seconds": round(seconds, 2),
        "images_per_s": round(images / seconds, 1),
    }


def bench_ocr_child(corpus: Path, limit: int) -> dict:
    """Run in a fresh process: RSS before/after loading Tesseract, then OCR the scans."""
    from pdfqueue.engines.pdf import iter_pages

    items = []
    for name in [*SCAN_FILES, CATALOG_FILE]:
        for page in iter_pages(corpus / name):
            items += [(name, image) for image in page.images if image.needs_ocr]
    items = items[:limit]
    before = rss_mb()
    from pdfqueue.engines.ocr import get_engine

    started = time.perf_counter()
    engine = get_engine()
    load_seconds = time.perf_counter() - started
    loaded = rss_mb()
    rows = []
    for name, image in items:
        result = engine.recognize(image.data)
        rows.append(
            {
                "file": name,
                "source": image.source,
                "px": f"{image.width}x{image.height}",
                "seconds": result.duration_seconds,
                "words": len(result.words),
                "confidence": result.mean_confidence,
                "rotation": result.rotation,
            }
        )
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    renders = [r["seconds"] for r in rows if r["source"] == "page_render"]
    embedded = [r["seconds"] for r in rows if r["source"] == "embedded"]
    return {
        "engine_load_seconds": round(load_seconds, 2),
        "rss_before_engine_mb": round(before, 1),
        "rss_engine_loaded_mb": round(loaded, 1),
        "rss_after_ocr_mb": round(rss_mb(), 1),
        "peak_rss_mb": round(peak, 1),
        "page_render_s_median": round(statistics.median(renders), 2) if renders else None,
        "embedded_image_s_median": round(statistics.median(embedded), 2) if embedded else None,
        "items": rows,
    }


def bench_chunking(corpus: Path) -> dict:
    from pdfqueue.engines.chunking import SourceText, chunk_texts
    from pdfqueue.engines.pdf import iter_pages

    sources = [
        SourceText(page.text, page.page_number)
        for page in iter_pages(corpus / TEXT_FILE, extract_images=False)
    ]
    started = time.perf_counter()
    chunks = chunk_texts(sources, size=1200, overlap=150)
    seconds = time.perf_counter() - started
    return {"pages": len(sources), "chunks": len(chunks), "ms": round(seconds * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument("--ocr-images", type=int, default=16, help="OCR items to time")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(bench_ocr_child(args.corpus, args.ocr_images)))
        return

    from importlib.metadata import version

    import pypdfium2
    import tesserocr

    print(f"machine: {platform.machine()} {os.cpu_count()} cpus, {platform.platform()}")
    print(f"load average: {os.getloadavg()}")
    print(
        f"python {platform.python_version()}, pypdfium2 {pypdfium2.PYPDFIUM_INFO}, pdfium "
        f"{pypdfium2.PDFIUM_INFO}, {tesserocr.tesseract_version().splitlines()[0]}, "
        f"semantic-text-splitter {version('semantic-text-splitter')}"
    )
    print("text:", json.dumps(bench_text(args.corpus)))
    print("images:", json.dumps(bench_images(args.corpus)))
    print("chunking:", json.dumps(bench_chunking(args.corpus)))
    command = [sys.executable, __file__, "--child", "--corpus", str(args.corpus)]
    command += ["--ocr-images", str(args.ocr_images)]
    child = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    ocr = json.loads(child.stdout)
    items = ocr.pop("items")
    print("ocr:", json.dumps(ocr))
    for row in items:
        print("   ", json.dumps(row))


if __name__ == "__main__":
    main()
