"""docs/webhooks.md's receiver code accepts what pdfqueue sends and refuses tampering."""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path

from pdfqueue.pipeline import webhooks
from pdfqueue.queue.registry import Job

DOC = (Path(__file__).resolve().parents[2] / "docs" / "webhooks.md").read_text()


def test_the_documented_verification_accepts_a_signed_delivery() -> None:
    code = re.search(r"## Verifying the signature.*?```python\n(.*?)```", DOC, re.S)[1]
    scope: dict = {}
    exec(compile(code, "docs/webhooks.md", "exec"), scope)
    job = Job(
        queue="webhook_queue",
        id=uuid.uuid4(),
        document_id=uuid.uuid4(),
        task="webhook",
        payload={"url": "https://example.org/h", "event": "document.completed"},
        attempt=0,
        max_retries=3,
    )
    sent_at = int(time.time())
    body, secret = webhooks.body_of(job, sent_at), b"s3cret"
    headers = {
        webhooks.SIGNATURE_HEADER: webhooks.sign(body, secret),
        webhooks.TIMESTAMP_HEADER: str(sent_at),
    }
    assert scope["verify"](body, headers, secret)
    assert not scope["verify"](body + b" ", headers, secret)
    assert not scope["verify"](body, headers, b"another secret")
    stale = {**headers, webhooks.TIMESTAMP_HEADER: str(sent_at - 3600)}
    assert not scope["verify"](body, stale, secret)
