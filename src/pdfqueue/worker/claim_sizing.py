"""How many rows a worker process claims at once.

A process claims about CLAIM_WINDOW_SECONDS of work per round trip, at least one handler
batch and at most `claim_batch_max`. Short jobs (no-op, webhooks, analyses) are thus claimed
many at a time, so a round trip and a durable commit serve many rows; long ones (OCR of a
full-page scan) one batch at a time, so no process hoards what an idle one could run.

Work is estimated pessimistically: by each queue's exponentially weighted mean run time per
row plus SLOW_CASE_SIGMAS standard deviations. A row claimed here is a row an idle process
cannot take, and where run times vary (a tiny image next to a full-page scan) sizing by the
mean alone let one process hoard seconds of work at the end of a stage.
"""

from __future__ import annotations

from dataclasses import dataclass

CLAIM_WINDOW_SECONDS = 0.05  # a process claims about this much work (in a slow case) at once
EWMA_WEIGHT = 0.2  # weight of the newest run time in the per-queue mean and variance
SLOW_CASE_SIGMAS = 2  # a claim is sized by mean + this many standard deviations of run time


@dataclass
class RunTimes:
    """A queue's run time per row: exponentially weighted mean and variance (newest weighs
    EWMA_WEIGHT), so the estimate follows a queue whose work changes."""

    mean: float
    variance: float = 0.0

    def add(self, seconds: float) -> None:
        delta = seconds - self.mean
        self.mean += EWMA_WEIGHT * delta
        self.variance = (1 - EWMA_WEIGHT) * (self.variance + EWMA_WEIGHT * delta * delta)

    def slow_case(self) -> float:
        return self.mean + SLOW_CASE_SIGMAS * self.variance**0.5


class ClaimSizer:
    """The run times a process has seen, per queue, and the claim sizes they give."""

    def __init__(self, claim_batch_max: int) -> None:
        self.claim_batch_max = claim_batch_max
        self.run_times: dict[str, RunTimes] = {}

    def size(self, queue: str, handler_batch: int) -> int:
        """Enough rows for about CLAIM_WINDOW_SECONDS of work, at least `handler_batch`."""
        times = self.run_times.get(queue)
        if times is None:
            return handler_batch
        by_time = int(CLAIM_WINDOW_SECONDS / max(times.slow_case(), 1e-6))
        return max(handler_batch, min(by_time, self.claim_batch_max))

    def observe(self, queue: str, seconds_per_row: float) -> None:
        """A handler call of `queue` took this long per row."""
        self.run_times.setdefault(queue, RunTimes(seconds_per_row)).add(seconds_per_row)
