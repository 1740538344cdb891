"""Typed engine errors whose message a person reads.

An engine error says what is wrong with the *input* (this PDF, this image, this language), so
the pipeline can fail the document with the reason instead of retrying. Library error codes
never reach the message: each class carries `reason`, one plain sentence, and `str(error)` is
that sentence. Faults of the machine (a missing file, no memory) stay ordinary exceptions,
since a retry may cure them.
"""

from __future__ import annotations

from pdfqueue.errors import PdfqueueError


class EngineError(PdfqueueError):
    """An input an engine cannot process; retrying will not help."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PdfError(EngineError):
    """The PDF cannot be read."""


class NotAPdf(PdfError):
    """The bytes are not a PDF at all (empty, plain text, HTML, an image...)."""


class EncryptedPdf(PdfError):
    """The PDF needs a password that was not given (or the one given is wrong)."""


class CorruptPdf(PdfError):
    """The PDF is damaged beyond what pdfium can repair."""


class EmptyPdf(PdfError):
    """The PDF has no pages."""


class OcrError(EngineError):
    """OCR cannot run as configured (a missing language model, an unreadable image)."""
