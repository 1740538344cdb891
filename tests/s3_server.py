"""A real S3-compatible server for tests: moto's standalone server, run as a subprocess.

Not an in-process mock: pdfqueue talks HTTP to it through boto3 exactly as it would to AWS or
MinIO. Bound to the address given (127.0.0.1 by default) on a free port.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "pdfqueue-test",
    "AWS_SECRET_ACCESS_KEY": "pdfqueue-test-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
}
START_TIMEOUT_SECONDS = 30


def moto_server_command() -> list[str] | None:
    """How to start moto's server here, or None when moto[server] is not installed."""
    beside = Path(sys.executable).with_name("moto_server")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("moto_server")
    return [found] if found else None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@contextmanager
def moto_server(
    host: str = "127.0.0.1", port: int | None = None, wrap: list[str] | None = None
) -> Iterator[str]:
    """Start moto_server on host:port (optionally inside `wrap`, e.g. `ip netns exec NS`);
    yields its endpoint URL and stops it at the end."""
    command = moto_server_command()
    if command is None:
        raise RuntimeError("moto[server] is not installed (pip install 'moto[server]')")
    port = port or free_port(host)
    proc = subprocess.Popen(
        [*(wrap or []), *command, "-H", host, "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **CREDENTIALS},
    )
    endpoint = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _answers(host, port, wrap):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"moto_server did not start on {endpoint}")
            time.sleep(0.2)
        yield endpoint
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _answers(host: str, port: int, wrap: list[str] | None) -> bool:
    if wrap:  # inside another network namespace: probe from there
        probe = (
            "import socket,sys; s=socket.socket(); s.settimeout(1);"
            f" sys.exit(s.connect_ex(({host!r}, {port})))"
        )
        return subprocess.run([*wrap, sys.executable, "-c", probe], check=False).returncode == 0
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def create_bucket(endpoint: str) -> str:
    """A new, empty bucket on the server; returns its name."""
    import boto3

    name = f"pdfqueue-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=endpoint, **_client_credentials())
    client.create_bucket(Bucket=name)
    client.close()
    return name


def _client_credentials() -> dict[str, str]:
    return {
        "aws_access_key_id": CREDENTIALS["AWS_ACCESS_KEY_ID"],
        "aws_secret_access_key": CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        "region_name": CREDENTIALS["AWS_DEFAULT_REGION"],
    }


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """A moto_server on 127.0.0.1 for the whole session (import this fixture in a conftest)."""
    if moto_server_command() is None:
        pytest.skip("moto[server] is not installed, so there is no S3 server to test against")
    with moto_server() as endpoint:
        yield endpoint


@pytest.fixture
def s3_env(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """AWS_* credentials for the test server in the environment (as a deployment sets them)."""
    for key, value in CREDENTIALS.items():
        monkeypatch.setenv(key, value)
    return s3_endpoint
