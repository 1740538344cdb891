"""Row-level security of the tables added for issue 16 (docs/permissions.md, first table)."""

from __future__ import annotations

import psycopg

from pdfqueue import keys


def test_document_passwords_are_for_the_service_only(
    owner_conn: psycopg.Connection, connect_as, settings
) -> None:
    doc = owner_conn.execute(
        "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
        " VALUES ('alice', 'a.pdf', 'x') RETURNING id"
    ).fetchone()[0]
    owner_conn.execute(
        "INSERT INTO document_passwords (document_id, sealed) VALUES (%s, %s)",
        (doc, keys.seal("pw", str(doc), settings)),
    )
    for claims in ({"role": "user", "sub": "alice"}, {"role": "admin", "sub": "root"}, None):
        conn = connect_as(claims)
        with conn.transaction():
            assert conn.execute("SELECT count(*) FROM document_passwords").fetchone()[0] == 0
    service = connect_as({"role": "service", "sub": "pdfqueue-service"})
    with service.transaction():
        assert service.execute("SELECT count(*) FROM document_passwords").fetchone()[0] == 1


def test_owners_see_and_rotate_only_their_own_signing_key(connect_as) -> None:
    alice = connect_as({"role": "user", "sub": "alice"})
    with alice.transaction():
        alice.execute("INSERT INTO webhook_signing_keys (owner_id, version) VALUES ('alice', 2)")
    bob = connect_as({"role": "user", "sub": "bob"})
    with bob.transaction():
        assert bob.execute("SELECT count(*) FROM webhook_signing_keys").fetchone()[0] == 0
        updated = bob.execute("UPDATE webhook_signing_keys SET version = 9").rowcount
        assert updated == 0
    service = connect_as({"role": "service", "sub": "pdfqueue-service"})
    with service.transaction():
        assert service.execute("SELECT version FROM webhook_signing_keys").fetchone()[0] == 2
