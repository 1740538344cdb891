"""Encrypted PDFs open with the password given at upload; a wrong or missing one fails the
document with a sentence saying which; the password is deleted when extraction ends."""

from __future__ import annotations

import pytest

from pdfqueue.pipeline import passwords

ENCRYPTED = "edge-encrypted-aes256-user-password.pdf"  # user password 'baz' (MANIFEST.tsv)


def _stored_passwords(pipeline, doc_id) -> int:
    return pipeline.conn.execute(
        "SELECT count(*) FROM document_passwords WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]


def test_the_right_password_opens_the_pdf_and_is_then_deleted(
    pipeline, submit, corpus, service_conn
) -> None:
    doc_id = submit(corpus / ENCRYPTED)
    with service_conn.transaction():
        passwords.store(service_conn, doc_id, "baz")
    assert _stored_passwords(pipeline, doc_id) == 1
    pipeline.drive(queues=("stage_queue",))
    doc = pipeline.document(doc_id)
    assert doc["status"] != "failed", doc["error_message"]
    assert doc["current_stage"] != "extraction"
    assert _stored_passwords(pipeline, doc_id) == 0  # extraction ended: gone
    pages = pipeline.conn.execute(
        "SELECT count(*) FROM document_pages WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]
    assert pages == 1


@pytest.mark.parametrize(
    ("given", "sentence"),
    [("not-baz", "password given is wrong"), (None, "no password was given")],
)
def test_a_wrong_or_missing_password_fails_the_document_saying_which(
    pipeline, submit, corpus, service_conn, given, sentence, caplog
) -> None:
    caplog.set_level("DEBUG")
    doc_id = submit(corpus / ENCRYPTED)
    if given is not None:
        with service_conn.transaction():
            passwords.store(service_conn, doc_id, given)
    pipeline.drive(queues=("stage_queue",))
    doc = pipeline.document(doc_id)
    assert doc["status"] == "failed" and sentence in doc["error_message"]
    assert "upload it again" in doc["error_message"]
    assert given is None or (given not in doc["error_message"] and given not in caplog.text)
    assert _stored_passwords(pipeline, doc_id) == 0


def test_the_stored_password_is_sealed_and_bound_to_its_document(
    pipeline, submit, corpus, service_conn
) -> None:
    doc_id, other = submit(corpus / ENCRYPTED), submit(corpus / "text-multi-page-5p.pdf")
    with service_conn.transaction():
        passwords.store(service_conn, doc_id, "baz-secret-password")
    sealed = pipeline.conn.execute(
        "SELECT sealed FROM document_passwords WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]
    assert b"baz-secret-password" not in bytes(sealed)
    with service_conn.transaction():  # copied onto another document, it does not open
        service_conn.execute(
            "INSERT INTO document_passwords (document_id, sealed) VALUES (%s, %s)",
            (other, sealed),
        )
    with pytest.raises(ValueError):
        passwords.load(service_conn, other)
