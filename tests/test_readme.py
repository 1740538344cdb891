"""The README documents every setting and keeps the two-command quick start."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pdfqueue.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_configuration_table() -> None:
    missing = [n for n in Settings.model_fields if f"`PDFQUEUE_{n.upper()}`" not in README]
    assert missing == [], f"add these to README's configuration table: {missing}"


def test_quick_start_is_exactly_make_up_and_make_test() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s*(make \w+)\s*$", section, flags=re.MULTILINE)
    assert commands == ["make up", "make test"]


def _tour() -> str:
    return README.split("Then, in another terminal", 1)[1].split("```", 2)[1]


def test_quick_tour_uses_the_command_line_of_today() -> None:
    from typer.main import get_command

    from pdfqueue.cli import app

    commands = set(get_command(app).commands)  # type: ignore[attr-defined]
    used = re.findall(r"pdfqueue (\w+)", _tour())
    assert {"submit", "status", "search", "products", "export"} <= set(used)
    assert set(used) <= commands


@pytest.mark.slow
def test_the_tours_search_finds_the_tours_document(settings, monkeypatch, needs_pgvector) -> None:
    """Process the file the quick tour submits with real workers, then run its query."""
    from api.apihelpers import run_server
    from pdfqueue import Client
    from pdfqueue.api.app import create_app
    from pdfqueue.auth import mint_token
    from worker_subprocess import start_supervisor, stop_all

    tour = _tour()
    path = Path(__file__).resolve().parents[1] / re.search(r"submit --follow (\S+)", tour)[1]
    query = re.search(r'pdfqueue search "([^"]+)"', tour)[1]
    truth = json.loads(path.with_suffix(".truth.json").read_text())
    monkeypatch.setenv("PDFQUEUE_POLL_INTERVAL_SECONDS", "1")
    server = run_server(create_app(settings))
    url = next(server)
    worker = start_supervisor(2)
    try:
        with Client(url, mint_token("user", "tourist", settings=settings)) as client:
            document_id = client.submit(path)["id"]
            assert client.wait(document_id, timeout=300)["status"] == "completed"
            hits = client.search(query, limit=5)["items"]
    finally:
        stop_all([worker])
        next(server, None)
    products = [h for h in hits if h["kind"] == "product"]
    assert products, hits
    assert products[0]["filename"] == path.name
    assert products[0]["name"] in {p["name"] for p in truth["products"]}
    assert query.split()[-1].lower() in products[0]["name"].lower()
