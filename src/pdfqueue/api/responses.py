"""The error answers each route documents in the OpenAPI, with an example of each.

Every error has the body `{"error": {"code", "message"}}` (see errors.py); these entries say
when each status happens, so a client author reads them in /docs instead of by trial.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    code: str = Field(description="A stable, machine-readable name of the error.")
    message: str = Field(description="One sentence saying what went wrong and what to do.")


class ErrorBody(BaseModel):
    error: ErrorDetail


_WHEN: dict[int, tuple[str, str, str]] = {
    401: (
        "No bearer token, or one that is expired or not signed with this server's secret.",
        "unauthenticated",
        "This route needs a bearer token (Authorization: Bearer <token>); mint one with "
        "`pdfqueue token`.",
    ),
    403: (
        "The token's role may not use this route.",
        "forbidden",
        "This route needs the role admin; your token's role is user.",
    ),
    404: (
        "No such document (or job) visible to you: other users' documents do not exist for you.",
        "not_found",
        "No document 3f2c9a1e-0000-4000-8000-000000000000 is visible to you.",
    ),
    409: (
        "The action does not apply in the document's (or job's) current state; the message "
        "says what to do instead.",
        "conflict",
        "The document is already completed; nothing to cancel.",
    ),
    413: (
        "The upload is larger than PDFQUEUE_MAX_UPLOAD_MB.",
        "too_large",
        "The file is larger than the 200 MB limit (PDFQUEUE_MAX_UPLOAD_MB); split it or ask "
        "the operator to raise the limit.",
    ),
    415: (
        "The body is not multipart/form-data. (A file that is not a PDF, is empty or has more "
        "pages than PDFQUEUE_MAX_PAGES is accepted: its document ends `failed` with the reason.)",
        "unsupported_media_type",
        "Send the PDF as multipart/form-data with the file in a field named 'file' "
        "(curl -F file=@document.pdf …).",
    ),
    422: (
        "A parameter or field is invalid (the message names it).",
        "invalid_request",
        "The request is invalid (query.limit: Input should be less than or equal to 500); fix "
        "it and retry.",
    ),
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for these error statuses."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        description, code, message = _WHEN[status]
        out[status] = {
            "model": ErrorBody,
            "description": description,
            "content": {
                "application/json": {"example": {"error": {"code": code, "message": message}}}
            },
        }
    return out


# What every route behind a token may answer.
AUTHENTICATED = errors(401, 422)
