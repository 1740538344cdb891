"""The optional LLM engine, against recorded chat-completions exchanges.

No endpoint is reachable here, so requests go to an httpx.MockTransport that replays the
exchanges in data/llm_exchanges.json: the one allowed fake, standing in for the network only.
The engine's own code (prompt, HTTP call, parsing, validation) runs for real.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from pydantic import SecretStr

from pdfqueue.config import Settings
from pdfqueue.engines.classification import CATEGORIES
from pdfqueue.engines.llm import LlmEngine, LlmError, llm_from_settings

EXCHANGES = json.loads((Path(__file__).parent / "data" / "llm_exchanges.json").read_text())[
    "exchanges"
]
TILE = EXCHANGES[0]["request"]["user"]


class Replay(httpx.MockTransport):
    """Answers each request with the recorded exchange it matches, and remembers the requests."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.requests.append({"url": str(request.url), "headers": request.headers, "body": body})
        system = body["messages"][0]["content"]
        user = body["messages"][1]["content"]
        for exchange in EXCHANGES:
            want = exchange["request"]
            if (
                request.method == want["method"]
                and request.url.path == want["path"]
                and body["model"] == want["model"]
                and user == want["user"]
                and want.get("system_contains", "") in system
            ):
                return httpx.Response(
                    exchange["response"]["status"], json=exchange["response"]["body"]
                )
        raise AssertionError(f"no recorded exchange for {user[:60]!r}")


@pytest.fixture
def replay() -> Replay:
    return Replay()


@pytest.fixture
def engine(replay: Replay) -> LlmEngine:
    return LlmEngine("https://llm.example/v1", "sk-test", "gpt-4o-mini", transport=replay)


def test_classify_returns_a_validated_classification(engine: LlmEngine, replay: Replay) -> None:
    result = engine.classify(TILE)
    assert result.label == "PRODUCT"
    assert result.confidence == pytest.approx(0.92)
    assert set(result.scores) == set(CATEGORIES)
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert result.method == "llm:gpt-4o-mini"
    sent = replay.requests[0]
    assert sent["url"] == "https://llm.example/v1/chat/completions"
    assert sent["headers"]["authorization"] == "Bearer sk-test"
    assert sent["body"]["response_format"] == {"type": "json_object"}
    assert sent["body"]["temperature"] == 0


def test_labels_are_normalised_and_code_fences_tolerated(engine: LlmEngine) -> None:
    legal = EXCHANGES[2]["request"]["user"]
    result = engine.classify(legal)
    assert result.label == "LEGAL_DISCLAIMER"
    assert result.confidence == pytest.approx(0.97)
    assert result.scores["LEGAL_DISCLAIMER"] == pytest.approx(0.97)


def test_extract_metadata_has_the_local_engines_shape(engine: LlmEngine) -> None:
    found = engine.extract_metadata(TILE)
    assert found["identity"]["product_codes"] == ["FT-6012"]
    assert found["physical"]["dimensions"] == ["60 × 120 cm"]
    assert found["technical"]["ratings"] == ["R10", "PEI 4"]
    assert found["found"] == 12
    assert found["reason"] is None
    assert set(found) >= {"identity", "physical", "visual", "technical", "commercial"}


def test_prose_instead_of_json_raises_a_readable_error(engine: LlmEngine) -> None:
    with pytest.raises(LlmError, match="not JSON: 'Sure! This chunk looks like"):
        engine.classify("Index 2 Beverage 3 Fruit 5 Vegetable 7")


def test_unknown_label_raises(engine: LlmEngine) -> None:
    with pytest.raises(LlmError, match="'ADVERTISEMENT', which is not one of PRODUCT"):
        engine.classify("Discover our exclusive collection!")


def test_malformed_metadata_raises(engine: LlmEngine) -> None:
    with pytest.raises(LlmError, match="'physical' as list, not an object"):
        engine.extract_metadata("Oak plank 1200 x 190 mm")


def test_rejected_key_says_which_setting_to_check(engine: LlmEngine) -> None:
    with pytest.raises(LlmError, match="refused the request \\(401\\); check PDFQUEUE_LLM_API_KEY"):
        engine.classify("Any text at all")


def test_unreachable_endpoint_raises_llm_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    engine = LlmEngine("http://127.0.0.1:9", None, "m", transport=httpx.MockTransport(refuse))
    with pytest.raises(LlmError, match="could not be reached"):
        engine.classify("text")


def test_llm_is_off_unless_a_base_url_is_set() -> None:
    assert llm_from_settings(Settings(llm_base_url=None)) is None
    engine = llm_from_settings(
        Settings(llm_base_url="http://localhost:11434", llm_api_key=SecretStr("k"), llm_model="m")
    )
    assert engine is not None
    assert engine.url == "http://localhost:11434/v1/chat/completions"
    assert engine.model == "m"
    plain = SimpleNamespace(
        llm_base_url="https://x/v1/chat/completions", llm_api_key=None, llm_model="n"
    )
    assert llm_from_settings(plain).url == "https://x/v1/chat/completions"
