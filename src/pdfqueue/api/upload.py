"""Receiving an upload: the multipart body streamed straight into blob storage.

The request body is parsed as it arrives (python-multipart's push parser), the file part is
handed in 1 MB batches to a thread writing through a `BlobWriter` (hashing as it goes, so disk
and hash work overlap with receiving), and the size limit is enforced as bytes arrive. Nothing
holds the whole file in memory, and any failure, including a client that disconnects halfway,
removes every byte written.

What the file holds is not judged here: an empty file or one that is not a PDF is stored like
any other and becomes a document, which extraction ends `failed` with a reason saying what is
wrong (the user's upload is kept, and every other document carries on).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import unicodedata
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID, uuid4

import anyio.to_thread
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from pdfqueue.api.errors import ApiError
from pdfqueue.storage import (
    BlobStore,
    BlobTooLarge,
    BlobWriter,
    DirectoryStore,
    StoredBlob,
    source_key,
)
from pdfqueue.storage.tee import TeeWriter

FILE_FIELD = "file"
MAX_FIELDS = 16  # form fields besides the file
MAX_FIELD_BYTES = 4096  # longest accepted form value (a callback URL, a priority)
MAX_FILENAME_CHARS = 255
DEFAULT_FILENAME = "upload.pdf"
MULTIPART_SLACK_BYTES = 64 * 1024  # headers and boundaries on top of the file itself
BATCH_BYTES = 1024 * 1024  # bytes handed to the writing thread at once (two batches in memory)

_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


def safe_filename(raw: str | None) -> str:
    """The base name of a client-supplied file name, with path tricks, control and format
    characters removed (`../../etc/passwd` → `passwd`, `C:\\temp\\a.pdf` → `a.pdf`)."""
    if not raw:
        return DEFAULT_FILENAME
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    # Format characters (Cf) include the bidirectional overrides: U+202E shows
    # "invoice\u202efdp.exe" as "invoiceexe.pdf" wherever the name is displayed.
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    name = _UNSAFE.sub("", name).strip().lstrip(".").strip()
    return name[:MAX_FILENAME_CHARS] or DEFAULT_FILENAME


@dataclass
class ReceivedUpload:
    document_id: UUID
    blob: StoredBlob
    filename: str
    fields: dict[str, str] = field(default_factory=dict)
    local_copy: Path | None = None  # a remote store's upload, also on this host until counted


@contextlib.contextmanager
def local_pdf(store: BlobStore, received: ReceivedUpload) -> Iterator[Path]:
    """The uploaded PDF as a local file for pdfium: the store's own file, or the copy kept
    while it streamed to a remote store (removed when the block ends)."""
    if isinstance(store, DirectoryStore):  # just written here: no need to read it back
        yield store.path(received.blob.key)
        return
    if received.local_copy is None:
        with store.local_copy(received.blob.key) as path:
            yield path
        return
    try:
        yield received.local_copy
    finally:
        received.local_copy.unlink(missing_ok=True)


class _Parts:
    """Collects the push parser's callbacks as events the async loop then acts on."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self._header_field = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self._name = ""
        self._is_file = False
        self._value = bytearray()

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self._part_begin,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
            "on_header_field": self._header_field_data,
            "on_header_value": self._header_value_data,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
        }

    def _part_begin(self) -> None:
        self._headers = {}
        self._value = bytearray()

    def _header_field_data(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._header_field.lower()] = self._header_value
        self._header_field = b""
        self._header_value = b""

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        self._is_file = b"filename" in options or self._name == FILE_FIELD
        if self._is_file:
            raw = options.get(b"filename", b"").decode("utf-8", "replace")
            self.events.append(("file_begin", raw))

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._is_file:
            self.events.append(("file_data", bytes(data[start:end])))
        else:
            self._value += data[start:end]
            if len(self._value) > MAX_FIELD_BYTES:
                raise ApiError(400, f"The form field {self._name!r} is too long.")

    def _part_end(self) -> None:
        if self._is_file:
            self.events.append(("file_end", None))
        else:
            self.events.append(("field", (self._name, self._value.decode("utf-8", "replace"))))

    def drain(self) -> list[tuple[str, object]]:
        events, self.events = self.events, []
        return events


class _BackgroundWriter:
    """Hands the file's bytes to a worker thread in batches, one batch in flight at a time, so
    hashing and disk writes overlap with receiving the next bytes instead of blocking the loop."""

    def __init__(self, writer: BlobWriter, max_bytes: int) -> None:
        self.writer = writer
        self._max = max_bytes
        self._batch: list[bytes] = []
        self._batch_size = 0
        self._received = 0
        self._inflight: asyncio.Future[None] | None = None

    async def write(self, data: bytes) -> None:
        self._received += len(data)
        if self._received > self._max:
            raise BlobTooLarge(self._max)
        self._batch.append(data)
        self._batch_size += len(data)
        if self._batch_size >= BATCH_BYTES:
            await self._hand_over()

    async def _hand_over(self) -> None:
        if self._inflight is not None:
            inflight, self._inflight = self._inflight, None
            await inflight
        if self._batch:
            batch, self._batch, self._batch_size = self._batch, [], 0
            self._inflight = asyncio.ensure_future(anyio.to_thread.run_sync(self._write, batch))

    def _write(self, batch: list[bytes]) -> None:
        for data in batch:
            self.writer.write(data)

    async def commit(self) -> StoredBlob:
        await self._hand_over()
        await self._hand_over()
        return await anyio.to_thread.run_sync(self.writer.commit)

    async def abort(self) -> None:
        """Wait for the thread to let go of the file, then remove it."""
        if self._inflight is not None:
            with contextlib.suppress(BaseException):
                await asyncio.shield(self._inflight)
        self.writer.abort()


def boundary_of(content_type: str) -> bytes:
    """The multipart boundary, or 415 saying how to send the file."""
    kind, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise ApiError(
            415,
            "Send the PDF as multipart/form-data with the file in a field named 'file' "
            "(curl -F file=@document.pdf …).",
        )
    return boundary


async def idle_limited(body: AsyncIterator[bytes], seconds: float) -> AsyncIterator[bytes]:
    """The body's chunks, ending in 408 when the client sends nothing for `seconds`: a stalled
    (or slowloris) upload must not hold a connection and a partial blob forever."""
    chunks = aiter(body)
    while True:
        try:
            chunk = await asyncio.wait_for(anext(chunks), timeout=seconds)
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise ApiError(
                408,
                f"The upload stalled: nothing arrived for {seconds:g} s "
                "(PDFQUEUE_UPLOAD_IDLE_TIMEOUT_SECONDS); send it again.",
            ) from None
        yield chunk


async def receive(
    body: AsyncIterator[bytes], content_type: str, store: BlobStore, max_bytes: int
) -> ReceivedUpload:
    """Stream a multipart body's file into storage under a new document id.

    Raises ApiError 413 (too large), 415 (not multipart), 400/422 (malformed form); on any
    failure nothing of the upload remains in storage. The file's content is not checked: a
    non-PDF is stored too, and extraction fails its document saying why.
    """
    parts = _Parts()
    parser = MultipartParser(boundary_of(content_type), parts.callbacks())  # type: ignore[arg-type]
    document_id = uuid4()
    writer: _BackgroundWriter | None = None
    complete = False  # the file part's end was seen
    filename = DEFAULT_FILENAME
    fields: dict[str, str] = {}
    blob: StoredBlob | None = None

    try:
        async for chunk in body:
            parser.write(chunk)
            for kind, value in parts.drain():
                if kind == "file_begin":
                    if writer is not None:
                        raise ApiError(400, "Send one file per request, in the field 'file'.")
                    filename = safe_filename(str(value))
                    opened = store.open_writer(source_key(document_id), max_bytes=max_bytes)
                    if not isinstance(store, DirectoryStore):
                        opened = TeeWriter(opened)  # pages are counted from a local file
                    writer = _BackgroundWriter(opened, max_bytes)
                elif kind == "file_data":
                    assert writer is not None and isinstance(value, bytes)
                    await writer.write(value)
                elif kind == "file_end":
                    complete = True
                elif kind == "field":
                    name, text = value  # type: ignore[misc]
                    if len(fields) >= MAX_FIELDS:
                        raise ApiError(400, "The form has too many fields.")
                    fields[name] = text
        parser.finalize()
        if writer is None:
            raise ApiError(
                422,
                "The form has no file; send the PDF in a multipart field named 'file'.",
            )
        if not complete:
            raise ApiError(400, "The upload ended before the file was complete; send it again.")
        blob = await writer.commit()
    except BlobTooLarge as exc:
        await _discard(store, writer, document_id)
        raise ApiError(
            413,
            f"The file is larger than the {exc.limit_bytes // (1024 * 1024)} MB limit "
            "(PDFQUEUE_MAX_UPLOAD_MB); split it or ask the operator to raise the limit.",
        ) from None
    except FormParserError as exc:
        await _discard(store, writer, document_id)
        raise ApiError(400, f"The multipart body is malformed ({exc}); send it again.") from None
    except BaseException:
        await _discard(store, writer, document_id)
        raise
    tee = writer.writer if writer is not None else None
    local = tee.local_path if isinstance(tee, TeeWriter) else None
    return ReceivedUpload(document_id, blob, filename, fields, local)


async def _discard(store: BlobStore, writer: _BackgroundWriter | None, document_id: UUID) -> None:
    try:
        if writer is not None:
            await writer.abort()
    finally:
        store.delete_document(document_id)
