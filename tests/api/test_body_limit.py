"""Request bodies are capped before authentication: a huge body is refused, not read."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from apihelpers import RunningApi

HUGE = 20 * 1024 * 1024
PIECE = 64 * 1024


def _connect(api: RunningApi) -> socket.socket:
    parts = urlsplit(api.url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=30)
    return sock


def _status(sock: socket.socket) -> int:
    head = b""
    while b"\r\n" not in head:
        data = sock.recv(4096)
        if not data:
            break
        head += data
    return int(head.split(b" ", 2)[1])


def _send_until_refused(sock: socket.socket, pieces: int, chunked: bool) -> None:
    """Send up to `pieces` pieces, stopping early if the server closes."""
    data = b"x" * PIECE
    try:
        for _ in range(pieces):
            sock.sendall(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
    except (BrokenPipeError, ConnectionResetError):
        pass


def test_a_declared_huge_body_without_a_token_is_413_before_it_is_read(api: RunningApi) -> None:
    with _connect(api) as sock:
        sock.sendall(
            b"POST /api/admin/jobs/retry HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n{" % HUGE
        )
        # Not one more byte is sent: the answer must not wait for the 20 MB.
        assert _status(sock) == 413


def test_a_chunked_huge_body_is_cut_off_with_413(api: RunningApi) -> None:
    with _connect(api) as sock:
        sock.sendall(
            b"POST /api/admin/jobs/retry HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        # Twice the limit, and the body never ends: the answer must come without its end.
        pieces = 2 * api.settings.max_request_body_kb * 1024 // PIECE
        _send_until_refused(sock, pieces, chunked=True)
        assert _status(sock) == 413


def test_small_bodies_and_uploads_pass(api: RunningApi, corpus) -> None:
    with api.client("admin", "root") as admin:
        response = admin.post("/api/admin/jobs/retry", json={"queue": "stage_queue"})
        assert response.status_code != 413
    big = api.settings.max_request_body_kb * 1024 + 1
    with api.client("user", "alice") as alice:
        pdf = (corpus / "scan-jbig2-xerox.pdf").read_bytes()
        response = alice.post(
            "/api/documents", files={"file": ("a.pdf", pdf + b"\n%" + b"x" * big)}
        )
        assert response.status_code == 202, response.text
