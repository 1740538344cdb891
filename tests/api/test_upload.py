"""Uploads: streamed to storage, size limits, safe names, idempotence, nothing left behind by a
refused or aborted upload, and bad files kept as documents for the pipeline to explain."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from apihelpers import RunningApi

from pdfqueue.api.upload import safe_filename
from pdfqueue.config import get_settings

SMALL = "text-multi-page-5p.pdf"  # 128 KB, 5 pages


def _files(root: Path) -> list[Path]:
    """Files under root. os.walk skips a directory the server removes while it is walked
    (Path.rglob raised FileNotFoundError when an aborted upload's folder went mid-walk)."""
    return [
        Path(folder) / name
        for folder, _, names in os.walk(root)
        for name in names
        if not name.endswith(".sha256")  # a blob's checksum beside it
    ]


def _documents(conn: psycopg.Connection) -> int:
    return conn.execute("SELECT count(*) FROM processed_documents").fetchone()[0]


def _post(client, path: Path | bytes, name: str = "doc.pdf", **params):
    content = path.read_bytes() if isinstance(path, Path) else path
    return client.post(
        "/api/documents", files={"file": (name, content, "application/pdf")}, params=params
    )


def test_upload_answers_202_with_links_and_creates_document_and_first_job(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    with api.client("user", "alice") as alice:
        response = _post(alice, corpus / SMALL, priority=-5)  # users may lower theirs
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["status"] == "queued" and body["page_count"] == 5 and not body["duplicate"]
    assert body["error_message"] is None
    assert body["links"]["events"] == f"/api/documents/{body['id']}/events"
    assert response.headers["location"] == f"/api/documents/{body['id']}"
    row = owner_conn.execute(
        "SELECT owner_id, filename, size_bytes, priority, storage_path FROM processed_documents"
        " WHERE id = %s",
        (body["id"],),
    ).fetchone()
    assert row[:4] == ("alice", "doc.pdf", (corpus / SMALL).stat().st_size, -5)
    stored = api.settings.blob_dir / row[4]
    assert stored.read_bytes() == (corpus / SMALL).read_bytes()
    jobs = owner_conn.execute(
        "SELECT stage, status FROM stage_queue WHERE document_id = %s", (body["id"],)
    ).fetchall()
    assert jobs == [("extraction", "pending")]


def test_same_bytes_from_same_owner_return_the_existing_document(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    with api.client("user", "alice") as alice, api.client("user", "bob") as bob:
        first = _post(alice, corpus / SMALL)
        again = _post(alice, corpus / SMALL, name="renamed.pdf")
        forced = _post(alice, corpus / SMALL, force="true")
        other_owner = _post(bob, corpus / SMALL)
    assert first.status_code == 202
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert again.json()["duplicate"] is True
    assert forced.status_code == 202 and forced.json()["id"] != first.json()["id"]
    assert other_owner.status_code == 202 and other_owner.json()["id"] != first.json()["id"]
    assert _documents(owner_conn) == 3
    assert len(_files(api.settings.blob_dir)) == 3  # the duplicate's copy was not kept


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\evil.pdf", "evil.pdf"),
        ("/abs/path/report.pdf", "report.pdf"),
        ("..", "upload.pdf"),
        ("dir/.hidden.pdf", "hidden.pdf"),
    ],
)
def test_file_names_keep_only_a_safe_base_name(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection, name: str, expected: str
) -> None:
    with api.client("user", "alice") as alice:
        response = _post(alice, corpus / "scan-jbig2-xerox.pdf", name=name)
    assert response.status_code == 202, response.text
    assert response.json()["filename"] == expected
    key = owner_conn.execute(
        "SELECT storage_path FROM processed_documents WHERE id = %s", (response.json()["id"],)
    ).fetchone()[0]
    assert key == f"documents/{response.json()['id']}/source.pdf"


def test_control_characters_are_dropped_from_names() -> None:
    assert safe_filename("bad\x00name\n.pdf") == "badname.pdf"
    assert safe_filename("x" * 400 + ".pdf") == "x" * 255
    assert safe_filename(None) == "upload.pdf"


def test_filenames_lose_bidirectional_and_other_format_characters() -> None:
    assert safe_filename("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert safe_filename("a\u200b\u2066b\u2069\ufeff.pdf") == "ab.pdf"
    assert safe_filename("caf\u00e9 \u0645\u0644\u0641.pdf") == "caf\u00e9 \u0645\u0644\u0641.pdf"


@pytest.mark.parametrize("storage", [None, "postgres"])
@pytest.mark.parametrize("sample", ["edge-not-pdf-plain-text.pdf", "edge-zero-bytes.pdf"])
def test_a_file_that_is_not_a_pdf_is_accepted_and_kept_for_extraction_to_fail(
    make_api, corpus: Path, owner_conn: psycopg.Connection, sample: str, storage: str | None
) -> None:
    """Bad input loses nothing: the upload becomes a document (its extraction job ends it
    failed with the reason, see test_document_operations.py) and its bytes are stored, in a
    local directory or a remote store alike (pages are counted from a local copy there)."""
    api = make_api(storage_url=storage) if storage else make_api()
    with api.client("user", "alice") as alice:
        response = _post(alice, corpus / sample)
        assert response.status_code == 202, response.text
        body = response.json()
        kept = alice.get(f"/api/documents/{body['id']}/file")
    assert body["status"] == "queued" and body["page_count"] is None
    assert body["size_bytes"] == (corpus / sample).stat().st_size
    assert kept.status_code == 200 and kept.content == (corpus / sample).read_bytes()
    jobs = owner_conn.execute(
        "SELECT stage, status FROM stage_queue WHERE document_id = %s", (body["id"],)
    ).fetchall()
    assert jobs == [("extraction", "pending")]


def test_a_body_that_is_not_multipart_is_refused_with_415(api: RunningApi, corpus: Path) -> None:
    with api.client("user", "alice") as alice:
        response = alice.post(
            "/api/documents",
            content=(corpus / SMALL).read_bytes(),
            headers={"Content-Type": "application/pdf"},
        )
    assert response.status_code == 415
    assert "multipart/form-data" in response.json()["error"]["message"]


def test_an_unreadable_pdf_is_accepted_for_the_pipeline_to_explain(
    api: RunningApi, corpus: Path
) -> None:
    with api.client("user", "alice") as alice:
        response = _post(alice, corpus / "edge-malformed-header-and-eof-only.pdf")
    assert response.status_code == 202
    assert response.json()["page_count"] is None


def test_too_large_is_413_whether_announced_or_streamed(
    make_api, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    api = make_api(max_upload_mb=1)
    big = corpus / "gen-catalog-parts-3p.pdf"  # 2.2 MB
    boundary = "pdfqueueboundary"

    def chunked() -> Iterator[bytes]:  # no Content-Length: the limit must hold mid-stream
        yield (
            f"--{boundary}\r\nContent-Disposition: form-data; name=file; filename=big.pdf\r\n"
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        data = big.read_bytes()
        for start in range(0, len(data), 64 * 1024):
            yield data[start : start + 64 * 1024]
        yield f"\r\n--{boundary}--\r\n".encode()

    with api.client("user", "alice") as alice:
        announced = _post(alice, big)
        streamed = alice.post(
            "/api/documents",
            content=chunked(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
    for response in (announced, streamed):
        assert response.status_code == 413, response.text
        assert "1 MB limit" in response.json()["error"]["message"]
    assert _documents(owner_conn) == 0 and _files(api.settings.blob_dir) == []


def test_too_many_pages_is_accepted_as_one_extraction_job(
    make_api, corpus: Path, owner_conn: psycopg.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past PDFQUEUE_MAX_PAGES the upload is a document too; its one extraction job (not one
    per range of pages) fails it saying so (tests/pipeline/test_stages.py)."""
    monkeypatch.setenv("PDFQUEUE_MAX_PAGES", "10")
    get_settings.cache_clear()
    api = make_api(max_pages=10)
    long_pdf = corpus / "text-federal-register-15p.pdf"  # two parts of 8 pages, if it were read
    with api.client("user", "alice") as alice:
        response = _post(alice, long_pdf)
    assert response.status_code == 202, response.text
    assert response.json()["page_count"] == 15
    jobs = owner_conn.execute(
        "SELECT stage, status, payload->'pages' FROM stage_queue WHERE document_id = %s",
        (response.json()["id"],),
    ).fetchall()
    assert jobs == [("extraction", "pending", None)]
    assert [p.read_bytes() for p in _files(api.settings.blob_dir)] == [long_pdf.read_bytes()]


@pytest.mark.parametrize(
    "params", [{"callback_url": "ftp://example.com/hook"}, {"priority": "1000"}]
)
def test_invalid_options_are_422_and_leave_nothing(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection, params: dict
) -> None:
    with api.client("user", "alice") as alice:
        response = _post(alice, corpus / SMALL, **params)
        as_form = alice.post(
            "/api/documents",
            files={"file": ("a.pdf", (corpus / SMALL).read_bytes(), "application/pdf")},
            data=params,
        )
    assert response.status_code == 422 and as_form.status_code == 422
    assert _documents(owner_conn) == 0 and _files(api.settings.blob_dir) == []


def test_only_admin_and_service_may_raise_priority(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    with api.client("user", "alice") as alice:
        as_query = _post(alice, corpus / SMALL, priority=100)
        as_form = alice.post(
            "/api/documents",
            files={"file": ("a.pdf", (corpus / SMALL).read_bytes(), "application/pdf")},
            data={"priority": "100"},
        )
    assert as_query.status_code == 403 and as_form.status_code == 403
    assert "priority" in as_form.json()["error"]["message"]
    assert _documents(owner_conn) == 0 and _files(api.settings.blob_dir) == []
    for role in ("admin", "service"):
        with api.client(role, f"{role}-1") as operator:
            response = _post(operator, corpus / SMALL, priority=100)
        assert response.status_code == 202, response.text


def test_an_aborted_upload_leaves_no_blob_and_no_row(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    host, port = api.url.removeprefix("http://").split(":")
    data = (corpus / SMALL).read_bytes()
    boundary = "abortboundary"
    preamble = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=file; filename=a.pdf\r\n\r\n"
    ).encode()
    head = (
        f"POST /api/documents HTTP/1.1\r\nHost: {host}\r\n"
        f"Authorization: Bearer {api.token('user', 'alice')}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
        f"Content-Length: {len(preamble) + len(data) + 100}\r\n\r\n"
    ).encode()
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(head + preamble + data[: len(data) // 2])
        deadline = time.monotonic() + 20
        while not _files(api.settings.blob_dir) and time.monotonic() < deadline:
            time.sleep(0.02)  # the server is writing the partial file
        assert _files(api.settings.blob_dir), "the upload should have started streaming"
    deadline = time.monotonic() + 20
    while _files(api.settings.blob_dir) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _files(api.settings.blob_dir) == []
    assert _documents(owner_conn) == 0


def test_concurrent_uploads_of_the_same_bytes_make_one_document(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def send(_: int) -> str:
        with api.client("user", "alice") as alice:
            response = _post(alice, corpus / SMALL)
        assert response.status_code in (200, 202), response.text
        return response.json()["id"]

    with ThreadPoolExecutor(4) as pool:
        ids = set(pool.map(send, range(4)))
    assert len(ids) == 1 and _documents(owner_conn) == 1
    assert len(_files(api.settings.blob_dir)) == 1


def test_a_pdf_password_is_stored_sealed_and_never_returned(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    secret = "baz-not-in-any-answer"
    pdf = (corpus / "edge-encrypted-aes256-user-password.pdf").read_bytes()
    with api.client("user", "alice") as alice:
        response = alice.post(
            "/api/documents",
            files={"file": ("locked.pdf", pdf, "application/pdf")},
            data={"password": secret},
        )
        assert response.status_code == 202, response.text
        document_id = response.json()["id"]
        answers = [response.text, alice.get(f"/api/documents/{document_id}").text]
        in_url = alice.post(
            "/api/documents",
            files={"file": ("locked.pdf", pdf, "application/pdf")},
            params={"password": secret, "force": True},
        )
    assert in_url.status_code == 400 and "never in the URL" in in_url.json()["error"]["message"]
    assert all(secret not in text for text in answers)
    (sealed,) = owner_conn.execute(
        "SELECT sealed FROM document_passwords WHERE document_id = %s", (document_id,)
    ).fetchone()
    assert secret.encode() not in bytes(sealed)
    everywhere = owner_conn.execute(
        "SELECT (SELECT string_agg(d::text, '') FROM processed_documents d)"
        " || (SELECT string_agg(q::text, '') FROM stage_queue q)"
    ).fetchone()[0]
    assert secret not in everywhere
    with api.client("user", "alice") as alice:  # not even its owner reads the table
        assert alice.get(f"/api/documents/{document_id}").status_code == 200
