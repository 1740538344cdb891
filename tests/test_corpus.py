"""The test corpus lives in the repository: listed, checksummed, small, and reproducible."""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pypdfium2 as pdfium
import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"


def _manifest() -> dict[str, dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(newline="", encoding="utf-8") as file:
        return {row["file"]: row for row in csv.DictReader(file, delimiter="\t")}


def test_every_file_is_listed_with_its_licence_and_checksum() -> None:
    manifest = _manifest()
    assert set(manifest) == {p.name for p in CORPUS.glob("*.pdf")}
    for name, row in manifest.items():
        assert row["license"] and row["source"] and row["category"], name
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == row["sha256"], name


def test_the_corpus_stays_under_40_mb() -> None:
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 40 * 2**20


def test_no_file_without_a_redistributable_licence_is_shipped() -> None:
    for name, row in _manifest().items():
        licence = row["license"].lower()
        assert not licence.startswith("none stated"), name
        assert "gpl" not in licence, name  # (A)GPL files are replaced by generated ones


@functools.cache
def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_generate", CORPUS / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _shape(path: Path) -> list[tuple[str, int]]:
    """Each page's text and number of image objects (at any depth)."""
    pdf = pdfium.PdfDocument(path)
    try:
        out = []
        for page in pdf:
            text = page.get_textpage().get_text_range()
            images = len(list(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE])))
            out.append((text, images))
        return out
    finally:
        pdf.close()


@pytest.mark.parametrize("name", [g.name for g in _load_generator().GENERATORS])
def test_the_generator_makes_the_committed_files(tmp_path: Path, name: str) -> None:
    generator = next(g for g in _load_generator().GENERATORS if g.name == name)
    assert generator.make(tmp_path) == name
    assert _shape(tmp_path / name) == _shape(CORPUS / name)
    truth = tmp_path / name.replace(".pdf", ".truth.json")
    if truth.exists():
        assert truth.read_text() == (CORPUS / truth.name).read_text()
    assert name in _manifest() and _manifest()[name]["source"].startswith("generated")


def test_nothing_the_suite_or_ci_runs_reads_outside_the_clone() -> None:
    """The corpus is found in the repository; the sibling folder it came from is no path."""
    files = [REPO / "Makefile", REPO / ".ci" / "run", *REPO.glob("bench/*.py")]
    files += [p for p in (REPO / "tests").rglob("*.py") if p.name != Path(__file__).name]
    for path in files:
        text = path.read_text(encoding="utf-8")
        # The sibling folder's name is spelled in pieces, so this test does not name it itself.
        sibling = "/".join(("..", "sha" + "red"))
        assert '"sha' + 'red" / "corpus"' not in text and sibling not in text, path
