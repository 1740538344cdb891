"""The queue's typed errors: what a handler raises to say how a job ended.

Any other exception a handler raises (or returns for one job of a batch) fails that attempt,
and the row is retried with backoff until its retries run out (`jobs.fail`).
"""

from __future__ import annotations


class PermanentFailure(Exception):
    """The job cannot succeed, however often it runs: fail the row now, without retrying.

    For input that will not change, such as a PDF that is encrypted, damaged or empty. The
    reason is for people: it becomes the row's error and, through the handler's on_failed, the
    document's. The row is `failed` like any other, so it is counted, listed and retryable.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnknownQueue(ValueError):
    """A queue name that is not one of the registry's queue tables."""
