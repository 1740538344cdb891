"""Upload abuse: whatever a client sends, the API answers a clear 4xx or accepts a clean copy,
and a refused or broken upload leaves no blob and no row behind.

Runs the real API process (`pdfqueue serve`, no workers needed) with a 1 MB upload limit and
talks to it over raw sockets where httpx would be too polite (trickled and aborted bodies).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from e2e_harness import System

from conftest import Launch

pytestmark = pytest.mark.slow

BOUNDARY = b"e2e-boundary-7d1f"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY.decode()}"
CLEANUP_TIMEOUT_SECONDS = 15.0  # the API notices a vanished client and removes its bytes
UNDER_LIMIT = "text-federal-register-15p.pdf"  # 714 KB
OVER_LIMIT = "gen-catalog-parts-3p.pdf"  # 2.2 MB


def multipart(data: bytes, filename: bytes = b"doc.pdf", mime: bytes = b"application/pdf") -> bytes:
    return b"".join(
        [
            b"--" + BOUNDARY + b"\r\n",
            b'Content-Disposition: form-data; name="file"; filename="' + filename + b'"\r\n',
            b"Content-Type: " + mime + b"\r\n\r\n",
            data,
            b"\r\n--" + BOUNDARY + b"--\r\n",
        ]
    )


def request_head(system: System, length: int, content_type: bytes | None = None) -> bytes:
    content_type = content_type or b"multipart/form-data; boundary=" + BOUNDARY
    return b"".join(
        [
            b"POST /api/documents?force=true HTTP/1.1\r\n",
            f"Host: 127.0.0.1:{system.port}\r\n".encode(),
            f"Authorization: Bearer {system.token()}\r\n".encode(),
            b"Content-Type: " + content_type + b"\r\n",
            f"Content-Length: {length}\r\n\r\n".encode(),
        ]
    )


def send_raw(system: System, pieces: list[bytes], pause: float = 0.0) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", system.port), timeout=30)
    for piece in pieces:
        sock.sendall(piece)
        time.sleep(pause)
    return sock


def read_status(sock: socket.socket) -> int:
    response = b""
    while b"\r\n" not in response:
        chunk = sock.recv(4096)
        if not chunk:
            break
        response += chunk
    return int(response.split(b" ", 2)[1])


def stored_files(system: System) -> set[Path]:
    """Every file under the blob root (os.walk skips directories removed while it walks)."""
    return {
        Path(folder) / name
        for folder, _, names in os.walk(system.blob_dir)
        for name in names
        if not name.endswith(".sha256")  # a blob's checksum beside it
    }


def document_ids(system: System, table: str = "processed_documents") -> set[str]:
    column = "id" if table == "processed_documents" else "document_id"
    return {r["d"] for r in system.query(f"SELECT {column}::text AS d FROM {table}")}


@contextmanager
def nothing_left_but(system: System) -> Iterator[set[str]]:
    """Around an abuse: afterwards only the documents the block adds to the yielded set have
    new rows and a stored source, and no partial file remains (waiting for the API to clean)."""
    files, documents, jobs = (
        stored_files(system),
        document_ids(system),
        document_ids(system, "stage_queue"),
    )
    accepted: set[str] = set()
    yield accepted
    expected = files | {system.blob_dir / "documents" / d / "source.pdf" for d in accepted}
    deadline = time.monotonic() + CLEANUP_TIMEOUT_SECONDS
    while stored_files(system) != expected:
        if time.monotonic() > deadline:
            extra = sorted(stored_files(system) - expected)
            missing = sorted(expected - stored_files(system))
            raise AssertionError(f"stored files: unexpected {extra}, missing {missing}")
        time.sleep(0.2)
    assert document_ids(system) == documents | accepted
    assert document_ids(system, "stage_queue") == jobs | accepted


def assert_clear_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    message = response.json()["error"]["message"]
    assert len(message) > 20 and "Traceback" not in message
    return message


@pytest.fixture(scope="module")
def api(module_launch: Launch) -> System:
    """One API process for the module (no workers: uploads only), with a 1 MB limit."""
    return module_launch(
        workers=0, PDFQUEUE_MAX_UPLOAD_MB="1", PDFQUEUE_UPLOAD_IDLE_TIMEOUT_SECONDS="3"
    )


def test_oversized_uploads_are_refused_with_413_and_leave_nothing(
    api: System, corpus: Path
) -> None:
    with nothing_left_but(api) as accepted:
        under = api.upload(corpus / UNDER_LIMIT)
        assert under.status_code == 202, under.text
        accepted.add(under.json()["id"])

        assert "1 MB" in assert_clear_error(api.upload(corpus / OVER_LIMIT), 413)
        # Without Content-Length (chunked), the limit is enforced while streaming.
        body = multipart((corpus / OVER_LIMIT).read_bytes())
        with api.client() as client:
            chunked = client.post(
                "/api/documents",
                content=(body[i : i + 65536] for i in range(0, len(body), 65536)),
                headers={"Content-Type": MULTIPART},
            )
        assert_clear_error(chunked, 413)


def test_wrong_content_types_are_refused_with_415_or_422(api: System, corpus: Path) -> None:
    pdf = (corpus / "text-multi-page-5p.pdf").read_bytes()
    with nothing_left_but(api), api.client() as client:
        raw_pdf = client.post(
            "/api/documents", content=pdf, headers={"Content-Type": "application/pdf"}
        )
        assert "multipart/form-data" in assert_clear_error(raw_pdf, 415)
        assert_clear_error(client.post("/api/documents", json={"file": "x"}), 415)
        no_file = client.post("/api/documents", data={"priority": "1"}, files={})
        assert no_file.status_code in (415, 422), no_file.text
        closing_only = client.post(
            "/api/documents",
            content=b"--" + BOUNDARY + b"--\r\n",
            headers={"Content-Type": MULTIPART},
        )
        assert closing_only.status_code in (400, 422), closing_only.text


def test_files_that_are_not_pdfs_are_accepted_and_kept_as_they_came(
    api: System, corpus: Path
) -> None:
    """A non-PDF or empty file is an upload like any other (its extraction job, with workers,
    ends it failed saying why: tests/e2e/test_hostile_input.py); its bytes are kept as sent."""
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 2048
    text = (corpus / "edge-not-pdf-plain-text.pdf").read_bytes()
    sent = {"photo.pdf": png, "notes.pdf": text, "empty.pdf": b""}
    with nothing_left_but(api) as accepted, api.client() as client:
        for name, data in sent.items():
            upload = client.post(
                "/api/documents",
                files={"file": (name, data, "application/pdf")},
                params={"force": "true"},
            )
            assert upload.status_code == 202, upload.text
            assert upload.json()["status"] == "queued"
            accepted.add(upload.json()["id"])
            stored = api.blob_dir / "documents" / upload.json()["id"] / "source.pdf"
            assert stored.read_bytes() == data


PATH_TRICKS = [
    b"../../etc/passwd.pdf",
    b"/etc/passwd.pdf",
    b"..\\..\\windows\\system32\\evil.pdf",
    b"a\x00b.pdf",
    b"\x1b[31mred\x07.pdf",
    b"..",
    b"x" * 5000 + b".pdf",
]


def test_path_tricks_in_file_names_never_reach_the_file_system(api: System, corpus: Path) -> None:
    """Each name is either refused with a 4xx or accepted under a clean base name; the bytes
    are stored under the document's id only, never where the name points."""
    pdf = (corpus / "text-multi-page-5p.pdf").read_bytes()
    with api.client() as client:
        for raw_name in PATH_TRICKS:
            with nothing_left_but(api) as accepted:
                response = client.post(
                    "/api/documents",
                    content=multipart(pdf, filename=raw_name),
                    params={"force": "true"},
                    headers={"Content-Type": MULTIPART},
                )
                if response.status_code == 202:
                    name = response.json()["filename"]
                    assert name and len(name) <= 255, raw_name
                    assert not any(c in name for c in "/\\\x00\x1b\x07"), (raw_name, name)
                    assert not name.startswith("."), (raw_name, name)
                    accepted.add(response.json()["id"])
                else:
                    assert 400 <= response.status_code < 500, (raw_name, response.text)
                    assert_clear_error(response, response.status_code)
    assert not Path("/etc/passwd.pdf").exists()


def test_a_trickled_upload_is_accepted_and_does_not_block_other_requests(
    api: System, corpus: Path
) -> None:
    body = multipart((corpus / "scan-table-image.pdf").read_bytes())
    step = len(body) // 10 + 1
    pieces = [body[i : i + step] for i in range(0, len(body), step)]
    with nothing_left_but(api) as accepted:
        before = document_ids(api)
        sock = send_raw(api, [request_head(api, len(body)), *pieces[:5]], pause=0.3)
        with api.client() as client:  # mid-upload, the API still serves others promptly
            assert client.get("/api/documents", timeout=5).status_code == 200
        for piece in pieces[5:]:
            sock.sendall(piece)
            time.sleep(0.3)
        assert read_status(sock) == 202
        sock.close()
        accepted |= document_ids(api) - before
        assert len(accepted) == 1


def test_a_stalled_upload_is_refused_with_408_and_leaves_nothing(api: System, corpus: Path) -> None:
    body = multipart((corpus / UNDER_LIMIT).read_bytes())
    with nothing_left_but(api):
        sock = send_raw(api, [request_head(api, len(body)), body[: len(body) // 2]], pause=0.1)
        started = time.monotonic()
        assert read_status(sock) == 408  # the client went silent mid-file
        assert time.monotonic() - started < 30
        sock.close()


def test_an_aborted_upload_leaves_no_blob_and_no_row(api: System, corpus: Path) -> None:
    body = multipart((corpus / UNDER_LIMIT).read_bytes())
    for cut in (60, len(body) // 2, len(body) - 10):  # in the part headers, mid-file, at the end
        with nothing_left_but(api):
            sock = send_raw(api, [request_head(api, len(body)), body[:cut]], pause=0.2)
            sock.close()  # the client vanishes mid-body
    with api.client() as client:  # and the API is fine
        assert client.get("/api/documents").status_code == 200
