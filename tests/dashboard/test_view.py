"""How the page writes its numbers, and how it reads the error log's filter."""

from __future__ import annotations

import math
from uuid import uuid4

from pdfqueue.dashboard.view import (
    STAGE_BANDS,
    ErrorFilter,
    attempt_text,
    current_job_text,
    due_in,
    duration,
    sparkline,
)


def test_durations_read_at_a_glance() -> None:
    assert duration(None) == "—"
    assert duration(math.nan) == "—"
    assert duration(0.25) == "250 ms"
    assert duration(12.34) == "12.3 s"
    assert duration(245) == "4m 05s"
    assert duration(2 * 3600 + 180) == "2h 03m"
    assert due_in(0) == "due now"
    assert due_in(3) == "in 3.0 s"


def test_the_sparkline_scales_to_its_peak_and_leaves_empty_minutes_empty() -> None:
    chart = sparkline([0, 2, 4], width=30, height=20)

    heights = [bar["h"] for bar in chart["bars"]]
    assert heights[0] == 0
    assert heights[2] > heights[1] > 0
    assert [bar["minutes_ago"] for bar in chart["bars"]] == [2, 1, 0]
    assert all(bar["y"] + bar["h"] == 20 for bar in chart["bars"])
    assert sparkline([0, 0])["peak"] == 0


def test_the_progress_bar_has_the_five_stage_bands() -> None:
    assert [(start, end) for _, _, start, end in STAGE_BANDS] == [
        (0, 20),
        (20, 40),
        (40, 60),
        (60, 90),
        (90, 100),
    ]


def test_the_error_filter_ignores_what_it_cannot_use() -> None:
    doc = uuid4()

    assert ErrorFilter.parse("stage_queue", f" {doc} ") == ErrorFilter("stage_queue", doc)
    assert ErrorFilter.parse("documents; DROP TABLE", "not-a-uuid") == ErrorFilter()
    assert not ErrorFilter().active
    assert ErrorFilter(document_id=doc).query() == {"document": str(doc)}


def test_attempts_and_current_jobs_are_written_for_people() -> None:
    entry = {"attempt": 2, "error": "OSError: disk full", "worker": "vm:1:a"}
    assert attempt_text(entry) == "attempt 2 on vm:1:a: OSError: disk full"
    assert current_job_text(None) == "idle"
    job = {"queue": "ai_analysis_queue", "task": "embedding", "document_id": str(doc_id := uuid4())}
    assert current_job_text({**job, "ids": ["a", "b"]}) == (
        f"ai_analysis_queue · embedding · doc {str(doc_id)[:8]} · ×2"
    )
