"""Optional LLM engine: classification and metadata by any OpenAI-compatible chat endpoint.

Off unless PDFQUEUE_LLM_BASE_URL is set. It speaks the `/v1/chat/completions` API with JSON
mode (`response_format: {"type": "json_object"}`), which OpenAI, Azure OpenAI, vLLM, Ollama,
llama.cpp's server and LiteLLM all accept. Answers are validated before they are returned: a
reply that is not the JSON asked for raises LlmError with a message that quotes what came back,
so a misconfigured model is visible in the job's error instead of producing junk rows.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from pdfqueue.engines.classification import CATEGORIES, Classification
from pdfqueue.errors import PdfqueueError

__all__ = ["LlmEngine", "LlmError", "llm_from_settings"]

MAX_TEXT_CHARS = 6000  # a chunk is ~1200 characters; longer input is cut to bound the cost
QUOTE_CHARS = 200  # how much of a bad answer an error message quotes

METADATA_GROUPS: dict[str, tuple[str, ...]] = {
    "identity": ("product_codes", "names"),
    "physical": ("dimensions", "thickness", "weight"),
    "visual": ("colours", "finishes"),
    "technical": ("materials", "standards", "ratings"),
    "commercial": ("prices",),
    "sustainability": ("certifications", "recycled_content", "claims"),
    "installation": ("methods",),
}

CLASSIFY_PROMPT = (
    "You classify one chunk of text taken from a PDF document. Categories: "
    + ", ".join(CATEGORIES)
    + ". PRODUCT: catalog entries, product names with codes or prices. SPECIFICATION: technical "
    "data such as dimensions, materials, standards, ratings. INTRODUCTION: abstracts, "
    "introductions, overviews. LEGAL_DISCLAIMER: copyright, warranty, liability, terms. "
    "TECHNICAL_DETAIL: detailed technical explanations. MARKETING: promotional text. OTHER: "
    'anything else. Answer with a JSON object only: {"label": one category, "confidence": a '
    'number from 0 to 1, "scores": {category: probability, ...}}.'
)
METADATA_PROMPT = (
    "You extract product attributes from one chunk of text taken from a PDF document. Answer "
    "with a JSON object only, with exactly these keys, each value a list of short strings copied "
    "or normalised from the text (an empty list when absent): "
    + json.dumps({group: {key: [] for key in keys} for group, keys in METADATA_GROUPS.items()})
    + ". Dimensions like '60 × 120 cm', thickness like '10 mm', prices with their currency. "
    "Never invent values that are not in the text."
)


class LlmError(PdfqueueError):
    """The LLM endpoint failed or answered something other than the JSON asked for."""


class LlmEngine:
    """Classification and metadata extraction by a chat-completions endpoint."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        model: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 60,
    ) -> None:
        self.url = _completions_url(base_url)
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(headers=headers, transport=transport, timeout=timeout)

    def close(self) -> None:
        self._client.close()

    def classify(self, text: str) -> Classification:
        """The chunk's category as the model sees it, validated against CATEGORIES."""
        answer = self._ask(CLASSIFY_PROMPT, text)
        label = str(answer.get("label", "")).strip().upper().replace(" ", "_")
        if label not in CATEGORIES:
            raise LlmError(
                f"The LLM answered label {answer.get('label')!r}, which is not one of "
                f"{', '.join(CATEGORIES)}; check PDFQUEUE_LLM_MODEL or unset "
                "PDFQUEUE_LLM_BASE_URL to use the local classifier."
            )
        confidence = _probability(answer.get("confidence", 1.0), "confidence")
        scores = _scores(answer.get("scores"), label, confidence)
        return Classification(label, confidence, scores, f"llm:{self.model}")

    def extract_metadata(self, text: str) -> dict[str, Any]:
        """The same shape as engines.metadata.extract_metadata, filled by the model."""
        answer = self._ask(METADATA_PROMPT, text)
        result: dict[str, Any] = {}
        for group, keys in METADATA_GROUPS.items():
            given = answer.get(group) or {}
            if not isinstance(given, dict):
                raise LlmError(
                    f"The LLM's metadata answer has {group!r} as {type(given).__name__}, not an "
                    f"object: {_quote(json.dumps(answer))}"
                )
            result[group] = {key: _strings(given.get(key), f"{group}.{key}") for key in keys}
        found = sum(len(v) for group in result.values() for v in group.values())
        result["found"] = found
        result["reason"] = (
            None
            if found
            else f"the LLM ({self.model}) found no attributes in {len(text.strip())} characters "
            "of text"
        )
        result["method"] = f"llm:{self.model}"
        return result

    def _ask(self, instructions: str, text: str) -> dict[str, Any]:
        body = {
            "model": self.model,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": instructions},
                {"role": "user", "content": text[:MAX_TEXT_CHARS]},
            ],
        }
        try:
            response = self._client.post(self.url, json=body)
        except httpx.HTTPError as exc:
            raise LlmError(
                f"The LLM endpoint {self.url} could not be reached ({exc}); check "
                "PDFQUEUE_LLM_BASE_URL."
            ) from exc
        if response.status_code in (401, 403):
            raise LlmError(
                f"The LLM endpoint {self.url} refused the request ({response.status_code}); "
                "check PDFQUEUE_LLM_API_KEY."
            )
        if response.status_code >= 400:
            raise LlmError(
                f"The LLM endpoint {self.url} answered {response.status_code}: "
                f"{_quote(response.text)}"
            )
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LlmError(
                f"The LLM endpoint {self.url} did not answer in the chat-completions format: "
                f"{_quote(response.text)}"
            ) from exc
        try:
            answer = json.loads(_strip_fences(content or ""))
        except json.JSONDecodeError as exc:
            raise LlmError(
                f"The LLM answered text that is not JSON: {_quote(content or '')}"
            ) from exc
        if not isinstance(answer, dict):
            raise LlmError(f"The LLM answered JSON that is not an object: {_quote(content)}")
        return answer


def llm_from_settings(settings: Any) -> LlmEngine | None:
    """The configured engine, or None when PDFQUEUE_LLM_BASE_URL is not set."""
    base_url = getattr(settings, "llm_base_url", None)
    if not base_url:
        return None
    key = getattr(settings, "llm_api_key", None)
    if key is not None and hasattr(key, "get_secret_value"):
        key = key.get_secret_value()
    return LlmEngine(base_url, key or None, settings.llm_model)


def _completions_url(base_url: str) -> str:
    """Accept https://host, https://host/v1 or the full …/chat/completions URL."""
    url = base_url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if not url.endswith("/v1"):
        url += "/v1"
    return url + "/chat/completions"


def _strip_fences(content: str) -> str:
    """Some servers wrap JSON mode answers in a Markdown code fence anyway."""
    text = content.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text.strip()


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text[:QUOTE_CHARS] + ("…" if len(text) > QUOTE_CHARS else ""))


def _probability(value: Any, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise LlmError(f"The LLM answered {what} {value!r}, which is not a number.") from None
    if not 0.0 <= number <= 1.0:
        raise LlmError(f"The LLM answered {what} {number}, outside 0 to 1.")
    return round(number, 4)


def _scores(raw: Any, label: str, confidence: float) -> dict[str, float]:
    """Every category's probability; spread the rest evenly when the model gave none."""
    if isinstance(raw, dict) and raw:
        scores = {c: 0.0 for c in CATEGORIES}
        for key, value in raw.items():
            name = str(key).strip().upper().replace(" ", "_")
            if name in scores:
                scores[name] = _probability(value, f"score of {name}")
        total = sum(scores.values())
        if total > 0:
            return {c: round(v / total, 4) for c, v in scores.items()}
    rest = round((1.0 - confidence) / (len(CATEGORIES) - 1), 4)
    return {c: (confidence if c == label else rest) for c in CATEGORIES}


def _strings(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | int | float):
        value = [value]
    if not isinstance(value, list):
        raise LlmError(f"The LLM answered {what} as {type(value).__name__}, not a list.")
    out = []
    for item in value:
        if isinstance(item, str | int | float) and str(item).strip():
            out.append(str(item).strip())
        elif isinstance(item, dict | list):
            raise LlmError(f"The LLM answered a nested value in {what}: {_quote(json.dumps(item))}")
    return list(dict.fromkeys(out))
