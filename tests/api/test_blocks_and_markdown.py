"""The document model over HTTP: `/blocks` and `/markdown` of documents the pipeline really
processed (driven in this process with the workers' own claim, run and record), behind auth and
row-level security; and `blocks`, `markdown` and `export` for every readable corpus file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pypdfium2 as pdfium
import pytest
from apihelpers import RunningApi

from pdfqueue import Client
from pdfqueue.db.pools import configure_service
from pdfqueue.pipeline import context, handlers
from pdfqueue.queue import jobs as queue_jobs
from pdfqueue.queue import runner
from pdfqueue.queue.registry import register, registered

WORKER = "api-test-driver"
PAGES_PER_FILE = 2  # the corpus test reads the first pages of each file: fast, every kind
# Inflates to 1.2 GB when rendered: only real workers, under their memory limit, open it.
UNDER_LIMITS_ONLY = {"edge-resource-bomb-render.pdf"}
FIGURE_LINK = re.compile(r"!\[[^\]]*\]\((/api/documents/[^/]+/images/[0-9a-f-]+)\)")


@pytest.fixture
def driver(db_url: str, api: RunningApi) -> Iterator[Any]:
    """Run every due job in this process, as a worker's loop does, until none is left."""
    for handler in handlers.HANDLERS:
        register(handler)
    conn = psycopg.connect(db_url, autocommit=True)
    configure_service(conn)

    def drive() -> None:
        while True:
            progressed = False
            for handler in registered():
                with conn.transaction():
                    claimed = queue_jobs.claim(
                        conn, handler.queue, [handler.task], worker=WORKER, limit=handler.batch_size
                    )
                if claimed:
                    outcomes = runner.run_handler(handler, claimed)
                    with conn.transaction():
                        runner.record(
                            conn, handler.queue, outcomes, worker=WORKER, retry_base_seconds=0
                        )
                    progressed = True
            if not progressed:
                return

    yield drive
    conn.close()
    context.close()


def _upload(api: RunningApi, path: Path, sub: str = "alice") -> str:
    with api.client("user", sub) as client:
        response = client.post(
            "/api/documents", files={"file": (path.name, path.read_bytes(), "application/pdf")}
        )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def test_blocks_and_markdown_of_a_processed_catalog(
    api: RunningApi, corpus: Path, driver: Any
) -> None:
    document_id = _upload(api, corpus / "gen-catalog-product-grid-2p.pdf")
    driver()
    base = f"/api/documents/{document_id}"
    with api.client("user", "alice") as alice:
        state = alice.get(base).json()
        assert state["status"] == "completed", state
        assert state["links"]["blocks"] == f"{base}/blocks"
        listed = alice.get(f"{base}/blocks", params={"limit": 500}).json()
        one_page = alice.get(f"{base}/blocks", params={"page": 2, "limit": 500}).json()
        markdown = alice.get(f"{base}/markdown")
        products = alice.get(f"{base}/products").json()["items"]
        chunks = alice.get(f"{base}/chunks").json()["items"]
        links = FIGURE_LINK.findall(markdown.text)
        fetched = [alice.get(link) for link in links]
    assert set(listed) == {"items", "total", "limit", "offset", "next"}
    blocks = listed["items"]
    assert listed["total"] == len(blocks) > 0
    assert {b["page"] for b in blocks} == {1, 2}
    assert {b["page"] for b in one_page["items"]} == {2}
    assert one_page["total"] == sum(1 for b in blocks if b["page"] == 2)
    assert {"figure", "caption"} <= {b["kind"] for b in blocks}
    for block in blocks:
        assert {"page", "kind", "bbox", "text", "cells", "columns"} <= block.keys()
        if block["kind"] == "table":  # each column's left and right edge
            assert len(block["columns"]) == max(len(row) for row in block["cells"])
        assert len(block["bbox"]) == 4
    assert markdown.status_code == 200
    assert markdown.headers["content-type"].startswith("text/markdown")
    # the figures are the document's own images, served by the image route
    assert links and all(r.status_code == 200 and r.content for r in fetched)
    assert all(link.startswith(f"{base}/images/") for link in links)
    captions = [b["text"] for b in blocks if b["kind"] == "caption"]
    assert all(c.split()[0] in markdown.text for c in captions)
    # chunks keep where they sit in the structure
    layout_chunks = [c for c in chunks if c["kind"] in ("text", "table")]
    assert layout_chunks and all(c["boxes"] for c in layout_chunks)
    assert all({page for page, _ in c["boxes"]} == set(c["page_numbers"]) for c in layout_chunks)
    assert products and all(p["page"] == p["page_numbers"][0] for p in products)
    for product in products:  # its source blocks are blocks of its page
        assert len(product["bbox"]) == 4 and product["source_blocks"]
        assert product["attributes"]["identity"]["product_codes"] is not None
        page_blocks = [b for b in blocks if b["page"] == product["page"]]
        assert all(0 <= i < len(page_blocks) for i in product["source_blocks"])


def test_blocks_and_markdown_are_the_owners_alone(
    api: RunningApi, corpus: Path, driver: Any
) -> None:
    document_id = _upload(api, corpus / "text-multi-page-5p.pdf")
    driver()
    base = f"/api/documents/{document_id}"
    with api.client("user", "bob") as bob, api.client("admin", "root") as admin:
        assert bob.get(f"{base}/blocks").status_code == 404
        assert bob.get(f"{base}/markdown").status_code == 404
        assert admin.get(f"{base}/blocks").json()["total"] > 0
        assert admin.get(f"{base}/markdown").status_code == 200
    with api.client(None) as anonymous:
        assert anonymous.get(f"{base}/blocks").status_code == 401
        assert anonymous.get(f"{base}/markdown").status_code == 401


def _first_pages(source: Path, out: Path) -> Path | None:
    """The first pages of a corpus file as a PDF of their own, or None when it cannot be
    read without help (damaged beyond repair, encrypted, not a PDF)."""
    try:
        pdf = pdfium.PdfDocument(source)
    except pdfium.PdfiumError:
        return None
    try:
        if len(pdf) == 0:
            return None
        if len(pdf) <= PAGES_PER_FILE:
            return source
        part = pdfium.PdfDocument.new()
        part.import_pages(pdf, list(range(PAGES_PER_FILE)))
        path = out / source.name
        part.save(path)
        part.close()
        return path
    finally:
        pdf.close()


@pytest.mark.slow
def test_every_readable_corpus_document_has_blocks_markdown_and_export(
    api: RunningApi, corpus: Path, driver: Any, tmp_path: Path
) -> None:
    files = {}
    for source in sorted(corpus.glob("*.pdf")):
        if source.name in UNDER_LIMITS_ONLY:
            continue
        path = _first_pages(source, tmp_path)
        if path is not None:
            files[source.name] = _upload(api, path)
    assert len(files) >= 35
    driver()
    with Client(api.url, api.token("user", "alice")) as client:
        for name, document_id in files.items():
            state = client.document(document_id)
            assert state["status"] in ("completed", "completed_with_errors"), (name, state)
            blocks = client.blocks(document_id)
            markdown = client.export(document_id, "md")
            exported = client.export(document_id, "json")
            assert exported["blocks"] == blocks, name
            json.dumps(exported)
            pages = {p["page_number"]: p["text"] for p in exported["pages"]}
            texts = [t for t in pages.values() if len(t.split()) >= 20]
            if texts:  # a page with text has blocks that hold it, and Markdown shows it
                words = " ".join(b["text"] for b in blocks).split()
                assert len(words) >= 0.5 * sum(len(t.split()) for t in texts), name
                assert any(w in markdown for w in texts[0].split()[:20]), name
            assert markdown.startswith("<!-- page") or not blocks, name
