"""Fixtures for the engine tests: engines are pure, so these need no database."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pdfqueue.engines.ocr import OcrEngine, get_engine


@pytest.fixture(scope="session")
def ocr_engine() -> OcrEngine:
    """The process's English OCR engine, loaded once for the whole session."""
    return get_engine("eng")


@pytest.fixture(scope="session")
def manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """MANIFEST.tsv of the corpus, by file name."""
    with (corpus / "MANIFEST.tsv").open(newline="", encoding="utf-8") as file:
        return {row["file"]: row for row in csv.DictReader(file, delimiter="\t")}
