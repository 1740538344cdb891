"""Derived keys: one per purpose, none equal to the JWT secret, and short secrets refused."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

import jwt
import pytest
from pydantic import SecretStr

from pdfqueue import keys
from pdfqueue.auth import jwt_secret, mint_token
from pdfqueue.config import Settings
from pdfqueue.dashboard.session import csrf_token
from pdfqueue.errors import ConfigurationError

SECRET = "k" * 48


def _settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(data_dir=tmp_path, jwt_secret=SecretStr(SECRET), **values)  # type: ignore[arg-type]


def test_no_derived_key_is_the_jwt_secret_or_another_purpose(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    derived = {
        keys.derive("dashboard-csrf", settings),
        keys.derive("document-password", settings),
        keys.webhook_secret("alice", 1, settings).encode(),
        keys.webhook_secret("bob", 1, settings).encode(),
        keys.webhook_secret("alice", 2, settings).encode(),
    }
    assert len(derived) == 5
    assert SECRET.encode() not in derived


def test_a_webhook_secret_cannot_mint_tokens(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    handed_out = keys.webhook_secret("alice", 1, settings)
    forged = jwt.encode({"sub": "mallory", "role": "admin", "exp": 2**40}, handed_out, "HS256")
    genuine = mint_token("admin", "root", settings=settings)
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(forged, jwt_secret(settings), algorithms=["HS256"])
    assert jwt.decode(genuine, jwt_secret(settings), algorithms=["HS256"])["sub"] == "root"


def test_the_dashboard_csrf_key_is_not_the_jwt_secret(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    with_jwt_key = hmac.new(SECRET.encode(), b"dashboard-csrf:t", hashlib.sha256).hexdigest()
    assert csrf_token("t", settings) != with_jwt_key[:32]


@pytest.mark.parametrize("content", ["", "short", "x" * 31])
def test_a_short_dev_secret_file_is_refused(tmp_path: Path, content: str) -> None:
    (tmp_path / "jwt_secret").write_text(content)
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(ConfigurationError, match="shorter than 32 bytes"):
        keys.check_settings(settings)
    with pytest.raises(ConfigurationError):
        mint_token("admin", "x", settings=settings)


def test_a_short_webhook_secret_is_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path, webhook_secret=SecretStr("hook-secret"))
    with pytest.raises(ConfigurationError, match="PDFQUEUE_WEBHOOK_SECRET"):
        keys.check_settings(settings)


def test_a_dedicated_webhook_secret_is_the_root_of_the_owners_secrets(tmp_path: Path) -> None:
    plain = _settings(tmp_path)
    dedicated = _settings(tmp_path, webhook_secret=SecretStr("w" * 40))
    assert keys.webhook_secret("alice", 1, plain) != keys.webhook_secret("alice", 1, dedicated)


def test_sealed_values_open_only_in_their_context(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    sealed = keys.seal("hunter2", "doc-1", settings)
    assert b"hunter2" not in sealed
    assert keys.unseal(sealed, "doc-1", settings) == "hunter2"
    with pytest.raises(ValueError):
        keys.unseal(sealed, "doc-2", settings)
    other = Settings(data_dir=tmp_path, jwt_secret=SecretStr("o" * 48))
    with pytest.raises(ValueError):
        keys.unseal(sealed, "doc-1", other)


def test_token_lifetimes_are_capped(tmp_path: Path) -> None:
    from pdfqueue.auth import InvalidToken, verify_token

    settings = _settings(tmp_path, max_token_ttl_seconds=3600)
    with pytest.raises(ConfigurationError, match="PDFQUEUE_MAX_TOKEN_TTL_SECONDS"):
        mint_token("admin", "ops", ttl_seconds=3601, settings=settings)
    assert verify_token(mint_token("admin", "ops", ttl_seconds=3600, settings=settings), settings)
    # a token minted elsewhere with the same secret but a year to live is refused
    long_lived = jwt.encode(
        {"sub": "ops", "role": "admin", "exp": int(__import__("time").time()) + 365 * 86400},
        SECRET,
        "HS256",
    )
    with pytest.raises(InvalidToken, match="longer"):
        verify_token(long_lived, settings)


def test_the_api_refuses_to_start_with_a_short_dev_secret(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from pdfqueue.api.app import create_app

    (tmp_path / "jwt_secret").write_text("too-short")
    settings = Settings(data_dir=tmp_path, database_url="postgresql://nobody@127.0.0.1:1/x")
    app = create_app(settings)
    with pytest.raises(ConfigurationError, match="shorter than 32 bytes"), TestClient(app):
        pass
