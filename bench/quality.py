"""Output quality: products, tables and OCR, scored against generated truth and hand labels.

Prints the machine, library versions and, per section:

- products: precision, recall and F1 (one-to-one matching, best first, on normalised-name
  token Jaccard >= 0.6 with no contradicting printed code), and code / price / size accuracy
  over matched pairs, on the generated catalogs (text layer and scanned) and on the labelled
  catalogs of tests/corpus; plus the products found in the corpus files labelled "no products";
- tables: cell (adjacency) F1 and milliseconds per page of each table finder on the generated
  ruled and borderless tables (each finder called once before timing, so imports are not
  counted);
- ocr: character error rate of rendered text pages at 100/150/200/300 dpi against their own text
  layer, for our OCR engine and Tesseract at its defaults, and of the same pages turned 90, 180
  and 270 degrees;
- layout: pages per second of the document model (blocks, tables) on text PDFs;
- classification: macro-F1, per-category precision / recall / F1 and the confusion matrix of
  page categories against the hand labels of tests/quality/labels/pages.json. The pipeline
  classifies chunks only; a page gets its chunks' categories weighted by their characters on
  it (tests/quality/page_classes.py says exactly how);
- structure: heading precision, recall and F1 (a predicted heading matches a true one on its page
  by normalised text, one-to-one) and level agreement over the matched (the share of pairs of
  them whose predicted levels are ordered as the true ones), per set and per document: the
  generated documents' printed section titles (text layer; their truth's "headings"), and the
  text-layer PDFs of tests/corpus that carry an outline, whose entries printed on their target
  page are the truth (tests/quality/structure.py). An outline may leave out the lowest
  levels a document prints, so the corpus set's precision is a lower bound.

`--engine old` scores the product path as the pipeline ran it before the document model
(pages -> chunks -> zero-shot classification -> build_products), `new` the structure-based
one (pdfqueue.engines.catalog); scanned pages are OCR'd by both. Scoring lives in
tests/quality/scoring.py, shared with the fast tests.

`--real-dir DIR` also scores the product engines on the real catalogs labelled by hand in
bench/real-labels/ (they may not be committed): DIR is a folder the caller names that holds
those PDFs; a file missing from it, or whose sha256 differs from its label's, is skipped and
listed. Nothing is read from any folder unless it is named here. `--real-scans` adds their
scanned twins (rasterised as the generated scans are, no text layer), scored on the same labels.

    .venv/bin/python bench/quality.py                          # everything, both engines
    .venv/bin/python bench/quality.py --sections products --engine new
    .venv/bin/python bench/quality.py --json results.json
    .venv/bin/python bench/quality.py --sections products --engine new --layouts heldout
    .venv/bin/python bench/quality.py --sections products --engine new --layouts blind
    .venv/bin/python bench/quality.py --sections products --engine new --layouts blind5,blind6
    .venv/bin/python bench/quality.py --sections products --engine new --layouts b12-vinos
    .venv/bin/python bench/quality.py --sections products --engine new --layouts blind18  # once
    .venv/bin/python bench/quality.py --sections products --engine new --layouts blind19  # practice
    .venv/bin/python bench/quality.py --sections products --engine new --layouts blind21  # once
    .venv/bin/python bench/quality.py --sections products --engine new --real-dir DIR
    .venv/bin/python bench/quality.py --sections real --engine new --real-dir DIR   # those only
    .venv/bin/python bench/quality.py --sections real --engine new --real-dir DIR --real-scans
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
LABELS = REPO / "tests" / "quality" / "labels"
REAL_LABELS = REPO / "bench" / "real-labels"
sys.path.insert(0, str(REPO / "tests" / "quality"))

import generate  # noqa: E402  (tests/quality/generate.py)
import generate_blind  # noqa: E402  (tests/quality/generate_blind.py: blind batch 3)
import page_classes  # noqa: E402  (tests/quality/page_classes.py)
import scoring  # noqa: E402  (tests/quality/scoring.py)
import structure  # noqa: E402  (tests/quality/structure.py)
from blind_batches import BATCHES, NAMED_ONLY, write_batch  # noqa: E402  (batches 5 on)

SKIP = {"edge-resource-bomb-render.pdf": "inflates to 1.2 GB; opened only under limits"}
# (file, page): text pages whose own text layer is the reference. One text flow each: on a page
# of several flows and tables (text-irs-1040nr p. 7) pdfium's content order and Tesseract's
# reading order differ so much that the CER (73 %) measures the order, not the characters.
OCR_PAGES = [
    ("text-multi-page-5p.pdf", 1),
    ("gen-text-book-120p.pdf", 3),
    ("text-public-domain-stories-55p.pdf", 5),
    ("text-itu-t4-fax-standard-78p.pdf", 9),
]
OCR_DPIS = (100, 150, 200, 300)
ROTATIONS = (90, 180, 270)
MAX_IMAGES_OCR = 40  # distinct embedded images OCR'd per document by the old path


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    versions = {}
    libs = ("pdfqueue", "pypdfium2", "tesserocr", "onnxruntime", "pdfplumber", "img2table")
    for lib in (*libs, "opencv-contrib-python", "faker"):
        try:
            versions[lib] = version(lib)
        except Exception:
            versions[lib] = "not installed"
    cpu = platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return {
        "python": platform.python_version(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }


# --- the two product paths ----------------------------------------------------------------------


def _pipeline_render_dpi() -> int:
    """The resolution the pipeline renders scanned pages at (`PDFQUEUE_RENDER_DPI`'s default):
    the scores measure what a user's documents get."""
    from pdfqueue.config import Settings

    return int(Settings.model_fields["render_dpi"].default)


RENDER_DPI = _pipeline_render_dpi()  # --render-dpi sets another, to compare


def _ocr():
    """The pipeline's OCR engine at its default settings (`PDFQUEUE_OCR_LANGUAGES`,
    `PDFQUEUE_OCR_WORD_LANGUAGES`): the scores measure what a user's scans get."""
    from pdfqueue.engines.ocr import get_engine

    return get_engine(OCR_LANGUAGES, None, OCR_WORD_LANGUAGES)


def _setting_default(name: str) -> Any:
    from pdfqueue.config import Settings

    return Settings.model_fields[name].default


OCR_LANGUAGES = _setting_default("ocr_languages")
OCR_WORD_LANGUAGES = _setting_default("ocr_word_languages")


def old_products(path: Path) -> list[dict[str, Any]]:
    """The pipeline's path before the document model, run in one process without a database."""
    from pdfqueue.engines.chunking import SourceText, chunk_texts
    from pdfqueue.engines.classification import classify
    from pdfqueue.engines.embedding import get_embedder
    from pdfqueue.engines.metadata import extract_metadata
    from pdfqueue.engines.pdf import iter_pages
    from pdfqueue.engines.products import ChunkInfo, build_products

    sources: list[SourceText] = []
    images_by_page: dict[int, list[str]] = {}
    seen: set[str] = set()
    ocr = _ocr()
    for page in iter_pages(path, render_dpi=RENDER_DPI):
        sources.append(SourceText(page.text, page.page_number))
        for image in page.images:
            image_id = f"{page.page_number}-{image.image_index}"
            images_by_page.setdefault(page.page_number, []).append(image_id)
            if not image.needs_ocr or image.sha256 in seen or len(seen) >= MAX_IMAGES_OCR:
                continue
            seen.add(image.sha256)
            text = ocr.recognize(image.data).text
            if text:
                sources.append(SourceText(text, page.page_number, image_id))
    chunks = chunk_texts(sources, size=1200, overlap=150)
    embedder = get_embedder()
    vectors = embedder.embed([c.content for c in chunks]) if chunks else []
    infos = []
    for chunk, vector in zip(chunks, vectors, strict=True):
        label = classify(chunk.content, vector, embedder)
        infos.append(
            ChunkInfo(
                id=str(chunk.index),
                index=chunk.index,
                content=chunk.content,
                page_numbers=chunk.page_numbers,
                classification=label.label,
                confidence=label.confidence,
                metadata=extract_metadata(chunk.content),
                embedding=vector,
            )
        )
    out = []
    for draft in build_products(infos, images_by_page):
        attributes = draft.attributes
        physical = attributes.get("physical", {})
        out.append(
            {
                "name": draft.name,
                "codes": list(
                    dict.fromkeys(
                        draft.codes + attributes.get("identity", {}).get("product_codes", [])
                    )
                ),
                "prices": attributes.get("commercial", {}).get("prices", []),
                "sizes": [*physical.get("dimensions", []), *physical.get("weight", [])],
                "pages": draft.page_numbers,
                "type": draft.product_type,
            }
        )
    return out


def new_products(path: Path) -> list[dict[str, Any]]:
    from pdfqueue.engines.catalog import extract_products

    return [
        {
            "name": p.name,
            "codes": p.codes,
            "prices": p.prices,
            "sizes": p.sizes,
            "pages": [p.page],
            "type": p.product_type,
        }
        for p in extract_products(path, ocr=_ocr(), render_dpi=RENDER_DPI)
    ]


ENGINES = {"old": old_products, "new": new_products}


# --- products ------------------------------------------------------------------------------------


def labelled_catalogs(generated: Path) -> list[tuple[str, Path, list[dict[str, Any]], str]]:
    """(name, pdf, labels, group) of every document whose products are known."""
    out = []
    for pdf in sorted(generated.glob("*.pdf")):
        truth = json.loads(pdf.with_suffix(".truth.json").read_text())
        if not truth["presents_products"]:
            continue  # the generated non-catalogs: counted by `bench_generated_none`
        group = "generated, scanned" if truth["scanned"] else "generated, text layer"
        batch = truth.get("batch", "")
        if batch.startswith("blind ") and batch != "blind 3":  # batches 5 on: only when named
            group = f"{batch.replace('blind', 'blind batch')}, {group}"
        elif truth.get("batch") == "blind 3":  # its layout names may repeat a held-out one's
            group = f"blind batch, {group}"
        elif truth["layout"] in generate.HELDOUT:
            group = f"held-out {group}"
        elif truth["layout"] in generate.HELDOUT_2:
            group = f"held-out, second batch, {group}"
        elif truth["layout"] in generate.HELDOUT_3:
            group = f"held-out, third batch, {group}"
        out.append((pdf.name, pdf, truth["products"], group))
    corpus = json.loads((LABELS / "corpus.json").read_text())
    for name, truth_file in corpus["catalogs_with_truth"].items():
        truth = json.loads((CORPUS / truth_file).read_text())
        out.append((name, CORPUS / name, truth["products"], "corpus catalogs"))
    return out


def bench_products(engine: str, generated: Path) -> dict[str, Any]:
    run = ENGINES[engine]
    groups: dict[str, scoring.ProductScore] = {}
    documents = []
    for name, pdf, labels, group in labelled_catalogs(generated):
        started = time.perf_counter()
        predictions = run(pdf)
        seconds = time.perf_counter() - started
        score = scoring.score_products(labels, predictions)
        groups.setdefault(group, scoring.ProductScore()).add(score)
        documents.append(
            {
                "file": name,
                "group": group,
                "labels": score.labels,
                "predicted": score.predictions,
                "matched": score.matched,
                "f1": round(score.f1, 3),
                "seconds": round(seconds, 2),
                "missed": score.missed[:3],
                "spurious": score.spurious[:3],
            }
        )
    summary = {group: _summary(score) for group, score in groups.items()}
    return {
        "groups": summary,
        "documents": documents,
        "non_catalog": bench_none(run),
        "non_catalog_generated": bench_generated_none(run, generated),
    }


def bench_generated_none(run, generated: Path) -> dict[str, Any]:
    """Products from the generated documents that present none (held out: a numbered list of
    recommendations, a statistical report with tables, a table of contents), text and scans."""
    out = {}
    for pdf in sorted(generated.glob("*.pdf")):
        truth = json.loads(pdf.with_suffix(".truth.json").read_text())
        if not truth["presents_products"]:
            out[pdf.name] = [p["name"] for p in run(pdf)]
    return {name: {"products": len(found), "names": found[:5]} for name, found in out.items()}


def _summary(score: scoring.ProductScore) -> dict[str, Any]:
    def pct(x: float | None) -> float | None:
        return None if x is None else round(100 * x, 1)

    return {
        "labels": score.labels,
        "predicted": score.predictions,
        "matched": score.matched,
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
        "f1": round(score.f1, 3),
        "code_accuracy_pct": pct(score.code_accuracy),
        "price_accuracy_pct": pct(score.price_accuracy),
        "size_accuracy_pct": pct(score.size_accuracy),
    }


def bench_none(run) -> dict[str, Any]:
    """Products from the corpus files labelled 'no products' (the target is none)."""
    from pdfqueue.engines.errors import PdfError

    labels = json.loads((LABELS / "corpus.json").read_text())["no_products"]
    per_file: dict[str, int | str] = {}
    for name in sorted(labels):
        if name in SKIP:
            per_file[name] = f"skipped: {SKIP[name]}"
            continue
        try:
            per_file[name] = len(run(CORPUS / name))
        except PdfError as error:
            per_file[name] = f"unreadable: {type(error).__name__}"
    counts = [n for n in per_file.values() if isinstance(n, int)]
    return {
        "documents": len(counts),
        "with_none": sum(1 for n in counts if n == 0),
        "share_with_none_pct": round(100 * sum(1 for n in counts if n == 0) / len(counts), 1),
        "products_total": sum(counts),
        "most_from_one": max(counts),
        "with_products": {k: v for k, v in per_file.items() if isinstance(v, int) and v},
    }


# --- real catalogs (--real-dir) ------------------------------------------------------------------


REAL_SCAN_DPI = 200  # the real catalogs' scanned twins: rasterised as the generated ones are


def bench_real(engine: str, real_dir: Path, scanned: bool = False) -> dict[str, Any]:
    """Products of the hand-labelled real catalogs found in `real_dir`, per file and together;
    with `scanned`, also of their scanned twins (each page rasterised at `REAL_SCAN_DPI`,
    turned slightly, noised, no text layer: `generate.scan`), scored against the same labels."""
    import hashlib

    run = ENGINES[engine]
    totals = {"text layer": scoring.ProductScore(), "scanned twins": scoring.ProductScore()}
    files: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pdfqueue-real-scans-") as tmp:
        for label_file in sorted(REAL_LABELS.glob("*.json")):
            label = json.loads(label_file.read_text(encoding="utf-8"))
            pdf = real_dir / label["file"]
            if not pdf.is_file():
                files[label["file"]] = "skipped: not in --real-dir"
                continue
            data = pdf.read_bytes()
            if hashlib.sha256(data).hexdigest() != label["sha256"]:
                files[label["file"]] = "skipped: sha256 differs from the label's"
                continue
            versions = [("text layer", pdf)]
            if scanned:
                twin = Path(tmp) / pdf.name
                twin.write_bytes(bytes(generate.scan(data, REAL_SCAN_DPI, 7, pdf.stem).output()))
                versions.append(("scanned twins", twin))
            for version, path in versions:
                key = label["file"] if version == "text layer" else f"{label['file']} (scanned)"
                files[key] = _score_real(run, path, label, totals[version])
    catalogs = {version: _summary(score) for version, score in totals.items() if score.labels}
    return {"catalogs": catalogs, "files": files}


def _score_real(
    run: Any, pdf: Path, label: dict[str, Any], total: scoring.ProductScore
) -> dict[str, Any]:
    started = time.perf_counter()
    predictions = run(pdf)
    seconds = time.perf_counter() - started
    types: dict[str, int] = {}
    for prediction in predictions:
        types[prediction["type"]] = types.get(prediction["type"], 0) + 1
    if not label["presents_products"]:
        return {"labels": 0, "predicted": len(predictions), "types": types}
    score = scoring.score_products(label["products"], predictions)
    total.add(score)
    return {
        **_summary(score),
        "types": types,
        "seconds": round(seconds, 2),
        "missed": score.missed[:5],
        "spurious": score.spurious[:5],
    }


# --- tables --------------------------------------------------------------------------------------


def bench_tables(generated: Path) -> dict[str, Any]:
    finders = {"own geometry (pdfium boxes)": _own_tables}
    try:
        import pdfplumber  # noqa: F401

        finders["pdfplumber lines"] = lambda p, n: _plumber_tables(p, n, "lines")
        finders["pdfplumber text"] = lambda p, n: _plumber_tables(p, n, "text")
    except ImportError:
        pass
    finders.update(_img2table_finders())
    out: dict[str, Any] = {}
    for finder, find in finders.items():
        scores: dict[str, list[float]] = {}
        seconds = pages = 0.0
        find(next(iter(sorted(generated.glob("q-*.pdf")))), 1)  # imports and caches: not timed
        for pdf in sorted(generated.glob("q-*.pdf")):
            truth = json.loads(pdf.with_suffix(".truth.json").read_text())
            if truth["scanned"] or not truth["tables"]:
                continue
            for table in truth["tables"]:
                started = time.perf_counter()
                found = find(pdf, table["page"])
                seconds += time.perf_counter() - started
                pages += 1
                kind = "ruled" if table["ruled"] else "borderless"
                scores.setdefault(kind, []).append(scoring.best_table_f1(table["rows"], found))
        out[finder] = {kind: round(sum(v) / len(v), 3) for kind, v in scores.items()}
        out[finder]["ms_per_page"] = round(1000 * seconds / max(pages, 1), 1)
    return out


def _own_tables(pdf: Path, page_number: int) -> list[list[list[str]]]:
    from pdfqueue.engines.layout import analyse_document

    layout = analyse_document(pdf, pages=(page_number, page_number))
    return [b.rows for p in layout.pages for b in p.blocks if b.kind == "table" and b.rows]


def _plumber_tables(pdf: Path, page_number: int, strategy: str) -> list[list[list[str]]]:
    import pdfplumber

    settings = {"vertical_strategy": strategy, "horizontal_strategy": strategy}
    with pdfplumber.open(pdf) as document:
        page = document.pages[page_number - 1]
        return [
            [[cell or "" for cell in row] for row in table]
            for table in page.extract_tables(settings)
        ]


def _img2table_finders() -> dict[str, Any]:
    """img2table on the PDF's text layer (no OCR instance: it reads the words pdfium gives, and
    nothing is downloaded), with and without its borderless-table detection."""
    try:
        from importlib.metadata import version

        import img2table  # noqa: F401
    except ImportError:
        return {}
    name = f"img2table {version('img2table')}"
    return {
        f"{name}, ruled only": lambda p, n: _img2table_tables(p, n, borderless=False),
        f"{name}, borderless_tables=True": lambda p, n: _img2table_tables(p, n, borderless=True),
    }


def _img2table_tables(pdf: Path, page_number: int, *, borderless: bool) -> list[list[list[str]]]:
    from img2table.document import PDF

    document = PDF(str(pdf), pages=[page_number - 1], pdf_text_extraction=True)
    found = document.extract_tables(ocr=None, borderless_tables=borderless)
    return [
        [[cell.value or "" for cell in row] for row in table.content.values()]
        for tables in found.values()
        for table in tables
    ]


# --- OCR -----------------------------------------------------------------------------------------


def bench_ocr(engine_factory=None) -> dict[str, Any]:
    """CER (line-matched and in reading order) of our OCR and of Tesseract at its defaults."""
    import pypdfium2 as pdfium
    import tesserocr

    from pdfqueue.engines.ocr import bundled_tessdata_dir

    engine = (engine_factory or _ocr)()
    tessdata = str(bundled_tessdata_dir()) + os.sep
    rows: dict[str, dict[str, list[float]]] = {}

    def add(key: str, who: str, reference: str, text: str) -> None:
        cell = rows.setdefault(key, {})
        cell.setdefault(who, []).append(scoring.cer(reference, text))

    for name, number in OCR_PAGES:
        document = pdfium.PdfDocument(CORPUS / name)
        page = document[number - 1]
        textpage = page.get_textpage()
        reference = textpage.get_text_bounded()
        textpage.close()
        for dpi in OCR_DPIS:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            add(f"{dpi} dpi", "ours", reference, engine.recognize(_png(image)).text)
            # Tesseract's defaults: its page segmentation, no preparation, no second reading
            # of any word, in the languages our engine reads pages in.
            default = tesserocr.image_to_text(image, lang=OCR_LANGUAGES, path=tessdata)
            add(f"{dpi} dpi", "tesseract_default", reference, default)
            if dpi == 200:
                for angle in ROTATIONS:
                    turned = _png(image.rotate(angle, expand=True))
                    add(f"200 dpi turned {angle}", "ours", reference, engine.recognize(turned).text)
        page.close()
        document.close()
    return {
        key: {who: round(100 * sum(v) / len(v), 2) for who, v in values.items()}
        for key, values in rows.items()
    }


def _png(image) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


# --- layout speed --------------------------------------------------------------------------------


def bench_layout() -> dict[str, Any]:
    from pdfqueue.engines.layout import analyse_document
    from pdfqueue.engines.pdf import iter_pages

    out = {}
    for name in ("gen-text-book-120p.pdf", "text-irs-1040nr-instructions-50p.pdf"):
        started = time.perf_counter()
        pages = sum(1 for _ in iter_pages(CORPUS / name, extract_images=False))
        text_seconds = time.perf_counter() - started
        started = time.perf_counter()
        layout = analyse_document(CORPUS / name)
        seconds = time.perf_counter() - started
        out[name] = {
            "pages": pages,
            "text_only_ms_per_page": round(1000 * text_seconds / pages, 2),
            "layout_ms_per_page": round(1000 * seconds / pages, 2),
            "blocks": sum(len(p.blocks) for p in layout.pages),
        }
    return out


# --- structure ---------------------------------------------------------------------------------


def outlined_corpus() -> list[tuple[str, Path, list[dict[str, Any]]]]:
    """(name, pdf, true headings) of the corpus's text-layer PDFs whose outline names headings
    printed on their pages."""
    out = []
    for pdf in sorted(CORPUS.glob("*.pdf")):
        if pdf.name.startswith(("edge-", "scan-")) or pdf.name in SKIP:
            continue
        try:
            truth = structure.outline_headings(pdf)
        except Exception:  # a file pdfium cannot read has no outline to score
            continue
        if truth:
            out.append((pdf.name, pdf, truth))
    return out


def bench_structure(generated: Path) -> dict[str, Any]:
    from pdfqueue.engines.layout import analyse_document

    sets: dict[str, list[tuple[str, Path, list[dict[str, Any]]]]] = {"generated": []}
    for pdf in sorted(generated.glob("*.pdf")):
        truth = json.loads(pdf.with_suffix(".truth.json").read_text())
        if not truth["scanned"] and truth.get("headings"):
            sets["generated"].append((pdf.name, pdf, truth["headings"]))
    sets["corpus outlines"] = outlined_corpus()
    out: dict[str, Any] = {}
    for name, documents in sets.items():
        total = scoring.HeadingScore()
        rows = []
        started = time.perf_counter()
        for file, pdf, truth in documents:
            score = scoring.score_headings(
                truth, structure.predicted_headings(analyse_document(pdf))
            )
            total.add(score)
            rows.append({"file": file, **_heading_summary(score, examples=4)})
        out[name] = {
            **_heading_summary(total, examples=0),
            "documents": rows,
            "seconds": round(time.perf_counter() - started, 1),
        }
    return out


def _heading_summary(score: scoring.HeadingScore, examples: int) -> dict[str, Any]:
    agreement = score.level_agreement
    summary = {
        "labels": score.labels,
        "predicted": score.predictions,
        "matched": score.matched,
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
        "f1": round(score.f1, 3),
        "level_agreement": None if agreement is None else round(agreement, 3),
    }
    if examples:
        summary["missed"] = score.missed[:examples]
        summary["spurious"] = score.spurious[:examples]
        summary["wrong_level"] = score.wrong_level[:examples]
    return summary


# --- classification ------------------------------------------------------------------------------


def bench_classification(generated: Path) -> dict[str, Any]:
    """Page categories as the pipeline gives them against the hand labels."""
    from pdfqueue.engines.classification import CATEGORIES
    from pdfqueue.engines.embedding import get_embedder

    ocr, embedder = _ocr(), get_embedder()
    documents = page_classes.labelled_documents(page_classes.load_labels(), CORPUS, generated)
    pairs, wrong = [], []
    started = time.perf_counter()
    for pdf, labels in sorted(documents.items()):
        predicted = page_classes.predict_pages(pdf, sorted(labels), ocr, embedder)
        for page, label in sorted(labels.items()):
            pairs.append((label, predicted[page]))
            if predicted[page] != label:
                wrong.append(f"{pdf.name} p{page}: {label} -> {predicted[page]}")
    seconds = time.perf_counter() - started
    score = scoring.score_classes(CATEGORIES, pairs)
    return {
        "pages": len(pairs),
        "macro_f1": round(score.macro_f1, 3),
        "accuracy": round(score.accuracy, 3),
        "per_category": {
            c: {
                "labelled": score.support(c),
                "predicted": score.predicted(c),
                "precision": round(score.precision(c), 3),
                "recall": round(score.recall(c), 3),
                "f1": round(score.f1(c), 3),
            }
            for c in CATEGORIES
        },
        "confusion_label_to_predicted": {
            c: {p: n for p, n in score.confusion[c].items() if n} for c in CATEGORIES
        },
        "wrong": wrong,
        "seconds": round(seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Score products, tables, OCR and page classification against truth and "
        "labels; print figures."
    )
    parser.add_argument(
        "--sections",
        default="products,tables,ocr,layout,classification,structure",
        help="comma-separated subset; 'real' alone scores only the --real-dir catalogs",
    )
    parser.add_argument("--engine", default="old,new", help="product engines: old, new or both")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--real-dir",
        type=Path,
        help="a folder holding the real catalogs of bench/real-labels/ (scored when given)",
    )
    parser.add_argument(
        "--real-scans",
        action="store_true",
        help="with --real-dir, also score scanned twins of those catalogs (OCR: minutes)",
    )
    parser.add_argument(
        "--no-scans",
        action="store_true",
        help="skip the generated documents' scanned versions (no OCR: a quick look at the text"
        " layer's scores while changing a rule; a run of record keeps them)",
    )
    parser.add_argument(
        "--layouts",
        default="",
        help="generate only these layouts (comma-separated; 'heldout', 'heldout2' and"
        " 'heldout3' name the held-out batches, 'blind' the blind batch 3; 'blind5' to"
        " 'blind18', 'blind20' to 'blind28' the later blind batches, written only when named"
        " so nobody tunes on them by accident (the newest, never tuned on, is the honest"
        " estimate; 'blind19' is a practice batch, tuned on, never an estimate), 'b12-vinos'"
        " one layout of a batch)",
    )
    parser.add_argument(
        "--render-dpi",
        type=int,
        default=RENDER_DPI,
        help="render scanned pages for OCR at this resolution (default: the pipeline's,"
        f" {RENDER_DPI})",
    )
    args = parser.parse_args()
    set_render_dpi(args.render_dpi)
    sections = set(args.sections.split(","))
    layouts = generate.LAYOUTS
    blind = generate_blind.LAYOUTS
    numbered: dict[str, tuple[str, ...]] = {number: () for number in NAMED_ONLY}
    if args.layouts:
        chosen = set(args.layouts.split(","))
        known = {*generate.LAYOUTS, "heldout", "heldout2", "heldout3", "blind"}
        known |= {*generate_blind.LAYOUTS}
        for number in NAMED_ONLY:
            known |= {
                f"blind{number}",
                *(f"b{number}-{layout}" for layout in BATCHES[number].layouts),
            }
        if chosen - known:
            parser.error(f"unknown layouts: {', '.join(sorted(chosen - known))}")
        if "heldout" in chosen:
            chosen |= {*generate.HELDOUT, *generate.NON_CATALOGS}
        if "heldout2" in chosen:
            chosen |= {*generate.HELDOUT_2, *generate.NON_CATALOGS_2}
        if "heldout3" in chosen:
            chosen |= {*generate.HELDOUT_3, *generate.NON_CATALOGS_3}
        layouts = tuple(layout for layout in generate.LAYOUTS if layout in chosen)
        blind = (
            generate_blind.LAYOUTS
            if "blind" in chosen
            else tuple(chosen & {*generate_blind.LAYOUTS})
        )
        for number in NAMED_ONLY:
            numbered[number] = tuple(
                layout
                for layout in BATCHES[number].layouts
                if f"blind{number}" in chosen or f"b{number}-{layout}" in chosen
            )
    results: dict[str, Any] = {"machine": machine(), "render_dpi": RENDER_DPI}
    with tempfile.TemporaryDirectory(prefix="pdfqueue-quality-") as tmp:
        generated = Path(tmp)
        if sections & {"products", "tables", "structure"}:
            scanned = not args.no_scans and bool(sections & {"products", "tables"})
            generate.generate(generated, scanned=scanned, layouts=layouts)
            generate_blind.generate(generated, scanned=scanned, layouts=blind)
            for number, chosen_layouts in numbered.items():
                if chosen_layouts:
                    write_batch(generated, number, scanned=scanned, layouts=chosen_layouts)
        if "products" in sections:
            for engine in args.engine.split(","):
                started = time.perf_counter()
                results[f"products_{engine}"] = bench_products(engine, generated)
                results[f"products_{engine}"]["seconds"] = round(time.perf_counter() - started, 1)
                _print(f"products_{engine}", results[f"products_{engine}"])
        if "tables" in sections:
            results["tables"] = bench_tables(generated)
            _print("tables", results["tables"])
        if "structure" in sections:
            results["structure"] = bench_structure(generated)
            _print("structure", results["structure"])
        if "classification" in sections:
            results["classification"] = bench_classification(generated)
            _print("classification", results["classification"])
    if args.real_dir and sections & {"products", "real"}:
        for engine in args.engine.split(","):
            results[f"real_{engine}"] = bench_real(engine, args.real_dir, args.real_scans)
            _print(f"real_{engine}", results[f"real_{engine}"])
    if "ocr" in sections:
        results["ocr_cer_pct"] = bench_ocr()
        _print("ocr_cer_pct", results["ocr_cer_pct"])
    if "layout" in sections:
        results["layout"] = bench_layout()
        _print("layout", results["layout"])
    print(json.dumps(results["machine"], indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")


def set_render_dpi(dpi: int) -> None:
    global RENDER_DPI
    RENDER_DPI = dpi


def _print(title: str, value: Any) -> None:
    print(f"== {title}")
    print(json.dumps(value, indent=1, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
