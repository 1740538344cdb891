"""`pdfqueue.Client` against a real API server: submit, follow and wait, results, export,
short ids, refusals and unreachable servers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
import pytest

from api.apihelpers import RunningApi, insert_document, run_server
from pdfqueue import Client
from pdfqueue.api.app import create_app
from pdfqueue.client import ApiProblem, Unreachable
from pdfqueue.config import Settings
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims
from pdfqueue.errors import PdfqueueError
from pdfqueue.pipeline import stages
from pdfqueue.storage import BlobStore, open_store

SMALL = "scan-jbig2-xerox.pdf"


@pytest.fixture
def api(settings: Settings) -> Iterator[RunningApi]:
    app = create_app(settings)
    server = run_server(app)
    url = next(server)
    yield RunningApi(app, url, settings)
    next(server, None)


def drive(
    db_url: str,
    owner_conn: psycopg.Connection,
    final: str,
    arrange: Callable[[UUID], None] | None = None,
) -> threading.Thread:
    """Move the newest document through progress to `final`, as the pipeline would (calling
    `arrange(document_id)` to store its results before it ends)."""

    def run() -> None:
        deadline = time.monotonic() + 20
        row = None
        while row is None and time.monotonic() < deadline:
            row = owner_conn.execute(
                "SELECT id FROM processed_documents ORDER BY created_at DESC LIMIT 1"
            ).fetchone()
            time.sleep(0.05)
        time.sleep(0.5)  # let the client open its stream
        if arrange is not None:
            arrange(UUID(str(row[0])))
        with psycopg.connect(db_url) as conn:
            for value, status in ((30.0, "processing"), (70.0, "processing"), (100.0, final)):
                with conn.transaction():
                    set_claims(conn, SERVICE_CLAIMS)
                    stages.publish(conn, UUID(str(row[0])), status=status, progress=value)
                time.sleep(0.2)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def arrange_layout(owner_conn: psycopg.Connection, store: BlobStore, doc: Any) -> None:
    """A one-page layout (a heading, a paragraph) stored as extraction and chunking store it,
    with the Markdown chunking renders from it."""
    from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
    from pdfqueue.engines.markdown import to_markdown
    from pdfqueue.pipeline import blocks

    page = PageLayout(
        1,
        612,
        792,
        [
            Block("heading", (72, 72, 300, 96), "Aurora Desk Lamp", font_size=20, bold=True),
            Block("paragraph", (72, 110, 400, 124), "Aurora Desk Lamp: dimmable LED", font_size=10),
        ],
    )
    blocks.store_pages(owner_conn, doc, [page.to_dict()])
    markdown = to_markdown(DocumentLayout([page]))
    store.put_bytes(blocks.markdown_key(doc), markdown.encode())


def with_results(
    owner_conn: psycopg.Connection, owner: str = "alice", store: BlobStore | None = None
) -> str:
    """A completed document with a page, a chunk and a product, arranged directly (and with
    `store`, its blocks and Markdown)."""
    doc = insert_document(owner_conn, owner, status="completed", filename="lamps.pdf")
    owner_conn.execute(
        "INSERT INTO document_pages (document_id, page_number, text, char_count)"
        " VALUES (%s, 1, 'Aurora Desk Lamp: dimmable LED', 30)",
        (doc,),
    )
    owner_conn.execute(
        "INSERT INTO document_chunks (document_id, chunk_index, content, page_numbers)"
        " VALUES (%s, 0, 'Aurora Desk Lamp: dimmable LED', '{1}')",
        (doc,),
    )
    owner_conn.execute(
        "INSERT INTO products (document_id, name, product_type, description, page_numbers,"
        " confidence) VALUES (%s, 'Aurora Desk Lamp', 'lighting', 'A | dimmable lamp', '{1}', 0.9)",
        (doc,),
    )
    if store is not None:
        arrange_layout(owner_conn, store, doc)
    return str(doc)


def test_submit_then_read_the_document_back(api: RunningApi, corpus: Path) -> None:
    with Client(api.url, api.token("user", "alice")) as client:
        accepted = client.submit(corpus / SMALL, priority=-5)  # users may only lower it
        again = client.submit(corpus / SMALL)
        forced = client.submit(corpus / SMALL, force=True, callback_url="https://example.org/h")
        state = client.document(accepted["id"])
        listed = client.documents(limit=10)
    assert accepted["status"] == "queued" and not accepted["duplicate"]
    assert again["id"] == accepted["id"] and again["duplicate"]
    assert forced["id"] != accepted["id"] and not forced["duplicate"]
    assert state["id"] == accepted["id"] and state["filename"] == SMALL
    assert listed["total"] == 2


def test_follow_and_wait_end_with_the_final_state(
    api: RunningApi, corpus: Path, db_url: str, owner_conn: psycopg.Connection
) -> None:
    driver = drive(db_url, owner_conn, "completed")
    with Client(api.url, api.token("user", "alice")) as client:
        document_id = client.submit(corpus / SMALL)["id"]
        seen = [state["progress"] for state in client.follow(document_id)]
        final = client.wait(document_id)
    driver.join(timeout=30)
    assert seen == sorted(seen) and seen[-1] == 100.0 and len(seen) >= 2
    assert final["status"] == "completed"


def test_results_and_export(api: RunningApi, owner_conn: psycopg.Connection) -> None:
    doc = with_results(owner_conn, store=open_store(api.settings))
    with Client(api.url, api.token("user", "alice")) as client:
        products = client.products(doc)
        chunks = client.chunks(doc)
        exported = client.export(doc, "json")
        markdown = client.export(doc, "md")
        types = client.product_types()
    assert [p["name"] for p in products] == ["Aurora Desk Lamp"]
    assert [c["content"] for c in chunks] == ["Aurora Desk Lamp: dimmable LED"]
    assert exported["id"] == doc and exported["products"] == products
    assert exported["chunks"] == chunks and exported["pages"][0]["page_number"] == 1
    assert [(b["kind"], b["text"]) for b in exported["blocks"]] == [
        ("heading", "Aurora Desk Lamp"),
        ("paragraph", "Aurora Desk Lamp: dimmable LED"),
    ]
    json.dumps(exported)  # serialisable as it is
    # the server's Markdown, from the stored structure
    assert "# Aurora Desk Lamp\n" in markdown and "Aurora Desk Lamp: dimmable LED" in markdown
    assert "lighting" in types and "other" in types


def test_markdown_of_a_document_without_one_is_a_clear_refusal(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    doc = with_results(owner_conn)  # no layout, no Markdown: as before its chunking ended
    with (
        Client(api.url, api.token("user", "alice")) as client,
        pytest.raises(ApiProblem, match="no Markdown yet") as refused,
    ):
        client.export(doc, "md")
    assert refused.value.status == 404


def test_short_ids_resolve_when_unique(api: RunningApi, owner_conn: psycopg.Connection) -> None:
    first = insert_document(owner_conn, "alice", id="abcdef12-0000-4000-8000-000000000001")
    insert_document(owner_conn, "alice", id="abcdef12-1111-4000-8000-000000000002")
    insert_document(owner_conn, "bob", id="12345678-0000-4000-8000-000000000003")
    with Client(api.url, api.token("user", "alice")) as client:
        assert client.resolve("ABCDEF12-0000-4000-8000-000000000001") == str(first)
        assert client.resolve("abcdef12-0") == str(first)
        with pytest.raises(PdfqueueError, match="start of 2 documents"):
            client.resolve("abcdef12")
        with pytest.raises(ApiProblem, match="No document whose id starts with 12345678"):
            client.resolve("12345678")  # Bob's: not visible to Alice
        with pytest.raises(PdfqueueError, match="first 8 characters"):
            client.resolve("abcd")


def test_refusals_and_unreachable_servers(api: RunningApi, corpus: Path) -> None:
    with Client(api.url, api.token("user", "alice")) as client:
        with pytest.raises(ApiProblem, match="priority") as refused:
            client.submit(corpus / "text-multi-page-5p.pdf", priority=5)  # users may not raise it
        assert refused.value.status == 403
        # A file that is not a PDF is no refusal: it is accepted, and extraction fails it with
        # the reason (tests/test_cli.py follows one to its end).
        assert client.submit(corpus / "edge-not-pdf-plain-text.pdf")["status"] == "queued"
        with pytest.raises(PdfqueueError, match="no such file"):
            client.submit(corpus / "missing.pdf")
    with Client(api.url, "bad") as client, pytest.raises(ApiProblem) as bad:
        client.documents()
    assert bad.value.status == 401
    with Client("http://127.0.0.1:1", "x") as client, pytest.raises(Unreachable, match="reach"):
        client.documents()


@pytest.mark.slow
def test_follow_a_real_document_processed_by_real_workers(
    api: RunningApi, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from worker_subprocess import start_supervisor, stop_supervisor

    monkeypatch.setenv("PDFQUEUE_POLL_INTERVAL_SECONDS", "1")
    worker = start_supervisor(2)
    try:
        with Client(api.url, api.token("user", "alice")) as client:
            document_id = client.submit(corpus / "text-multi-page-5p.pdf")["id"]
            final = client.wait(document_id, timeout=240)
    finally:
        stop_supervisor(worker)
    assert final["status"] == "completed" and final["progress"] == 100.0


def test_the_readmes_example_runs(
    api: RunningApi,
    corpus: Path,
    db_url: str,
    owner_conn: psycopg.Connection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    needs_pgvector: None,
) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    example = readme.split("**From Python**", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    (tmp_path / "catalog.pdf").write_bytes((corpus / SMALL).read_bytes())
    monkeypatch.chdir(tmp_path)
    store = open_store(api.settings)
    driver = drive(
        db_url, owner_conn, "completed", lambda doc: arrange_layout(owner_conn, store, doc)
    )
    scope: dict = {"token": api.token("user", "alice")}
    exec(compile(example.replace("http://127.0.0.1:8000", api.url), "README", "exec"), scope)
    driver.join(timeout=30)
    assert scope["markdown"].startswith("<!-- page 1 -->\n\n# Aurora Desk Lamp\n")
    assert isinstance(scope["hits"], list)


def test_submit_sends_the_pdf_password_in_the_form(api: RunningApi, corpus: Path) -> None:
    from pdfqueue.db.pools import configure_service
    from pdfqueue.pipeline import passwords

    pdf = corpus / "edge-encrypted-aes256-user-password.pdf"
    with Client(api.url, api.token("user", "alice")) as client:
        document_id = UUID(client.submit(pdf, password="baz")["id"])
    with psycopg.connect(api.settings.database_url, autocommit=True) as conn:
        configure_service(conn)
        assert passwords.load(conn, document_id) == "baz"
