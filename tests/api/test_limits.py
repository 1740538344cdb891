"""Per-user limits: uploads per minute, bytes stored and event streams open answer 429 with
Retry-After; an event stream ends when its token expires."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import psycopg
from apihelpers import RunningApi, insert_document

from pdfqueue.auth import mint_token

SMALL = "scan-jbig2-xerox.pdf"


def _upload(client: httpx.Client, corpus: Path, force: bool = True) -> httpx.Response:
    return client.post(
        "/api/documents",
        files={"file": ("a.pdf", (corpus / SMALL).read_bytes(), "application/pdf")},
        params={"force": force},
    )


def _documents(conn: psycopg.Connection, owner: str) -> int:
    sql = "SELECT count(*) FROM processed_documents WHERE owner_id = %s"
    return conn.execute(sql, (owner,)).fetchone()[0]


def test_uploads_per_minute_are_limited_per_user(
    make_api, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    api: RunningApi = make_api(uploads_per_minute=2)
    with api.client("user", "alice") as alice, api.client("user", "bob") as bob:
        assert [_upload(alice, corpus).status_code for _ in range(2)] == [202, 202]
        refused = _upload(alice, corpus)
        assert _upload(bob, corpus).status_code == 202  # bob has his own allowance
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert "PDFQUEUE_UPLOADS_PER_MINUTE" in refused.json()["error"]["message"]
    assert _documents(owner_conn, "alice") == 2
    with api.client("service", "ingest") as service:
        assert [_upload(service, corpus).status_code for _ in range(3)] == [202] * 3


def test_stored_bytes_are_limited_per_user(
    make_api, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    api: RunningApi = make_api(max_stored_mb_per_user=1)
    insert_document(owner_conn, "alice", size_bytes=1024 * 1024)  # her quota, used up
    with api.client("user", "alice") as alice, api.client("user", "bob") as bob:
        refused = _upload(alice, corpus)
        assert _upload(bob, corpus).status_code == 202
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert _documents(owner_conn, "alice") == 1


_clients: list[httpx.Client] = []  # kept alive: a collected client closes its streams


def _open_stream(api: RunningApi, token: str, document_id: object) -> httpx.Response:
    client = httpx.Client(
        base_url=api.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    _clients.append(client)
    request = client.build_request("GET", f"/api/documents/{document_id}/events")
    return client.send(request, stream=True)


def test_event_streams_open_are_limited_per_user(make_api, owner_conn: psycopg.Connection) -> None:
    api: RunningApi = make_api(max_event_streams_per_user=1)
    document_id = insert_document(owner_conn, "alice")
    first = _open_stream(api, api.token("user", "alice"), document_id)
    assert first.status_code == 200
    lines = first.iter_lines()  # kept: a discarded line iterator closes the response
    next(lines)  # the stream is open and counted
    second = _open_stream(api, api.token("user", "alice"), document_id)
    assert second.status_code == 429 and int(second.headers["retry-after"]) > 0
    second.close()
    first.close()
    for _ in range(50):  # the server notices the closed stream on its next write or check
        third = _open_stream(api, api.token("user", "alice"), document_id)
        if third.status_code == 200:
            break
        third.close()
        time.sleep(0.5)
    assert third.status_code == 200
    third.close()


def test_a_stream_ends_when_its_token_expires(api: RunningApi, owner_conn) -> None:
    document_id = insert_document(owner_conn, "alice")  # processing: never ends by itself
    token = mint_token("user", "alice", ttl_seconds=2, settings=api.settings)
    stream = _open_stream(api, token, document_id)
    lines = list(stream.iter_lines())  # returns only if the server closes the stream
    stream.close()
    assert "event: error" in lines
    assert any("token_expired" in line for line in lines)
