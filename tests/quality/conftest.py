"""Fixtures of the quality tests: the generated catalogs (written once per session) and the
scoring shared with bench/quality.py, loaded by path so their names clash with no other module."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"quality_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


scoring = _load("scoring")
generate = _load("generate")
page_classes = _load("page_classes")
structure = _load("structure")


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The six generated catalogs with a text layer, and their truth."""
    out = tmp_path_factory.mktemp("generated-catalogs")
    generate.generate(out)
    return out


@pytest.fixture(scope="session")
def labels() -> dict[str, Any]:
    return json.loads((HERE / "labels" / "corpus.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def score() -> ModuleType:
    """tests/quality/scoring.py: the scorer bench/quality.py prints the figures of."""
    return scoring


@pytest.fixture(scope="session")
def headings() -> ModuleType:
    """tests/quality/structure.py: predicted headings, and the true ones of a PDF's outline."""
    return structure


@pytest.fixture(scope="session")
def pages() -> ModuleType:
    """tests/quality/page_classes.py: page categories as the pipeline gives them."""
    return page_classes


@pytest.fixture(scope="session")
def generator() -> ModuleType:
    """tests/quality/generate.py."""
    return generate


@pytest.fixture(scope="session")
def ocr() -> Any:
    """The process's English OCR engine (Tesseract), loaded once."""
    from pdfqueue.engines.ocr import get_engine

    return get_engine("eng")
