"""API fixtures: a real uvicorn server per test on a free port, clients with tokens per role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from apihelpers import RunningApi, run_server

from pdfqueue.api.app import create_app
from pdfqueue.config import Settings


@pytest.fixture
def make_api(settings: Settings) -> Iterator[Callable[..., RunningApi]]:
    """Start an API with these settings (overrides as keyword arguments)."""
    running: list[Iterator[str]] = []

    def factory(**overrides: Any) -> RunningApi:
        effective = settings.model_copy(update=overrides) if overrides else settings
        app = create_app(effective)
        gen = run_server(app)
        url = next(gen)
        running.append(gen)
        return RunningApi(app, url, effective)

    yield factory
    for gen in running:
        next(gen, None)


@pytest.fixture
def api(make_api: Callable[..., RunningApi]) -> RunningApi:
    return make_api()
