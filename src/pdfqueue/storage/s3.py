"""`s3://bucket/prefix`: blobs in any S3-compatible object store, through boto3.

Credentials and region come from the standard AWS chain (AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION, AWS_PROFILE, instance roles, ...);
PDFQUEUE_S3_ENDPOINT_URL points at a store other than AWS (MinIO, Ceph, R2, ...).

A blob up to PART_BYTES is one PUT; a larger one is a multipart upload, sent part by part as
the bytes arrive, so an upload never sits whole in memory or on the API host's disk. The
SHA-256 travels as the object's `x-amz-meta-sha256`. A single PUT carries it from the start;
a multipart upload only learns it at the end, so the finished object is then copied onto
itself with the checksum (a server-side copy: no bytes travel through this host).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdfqueue.storage.base import (
    READ_CHUNK_BYTES,
    BlobMissing,
    BlobStore,
    BlobWriter,
    StoredBlob,
)

PART_BYTES = 8 * 1024 * 1024  # multipart part size (S3 wants ≥ 5 MiB for all but the last)
CONNECT_TIMEOUT_SECONDS = 5
READ_TIMEOUT_SECONDS = 60
MAX_ATTEMPTS = 3  # boto3's own retries of a failed request
DELETE_BATCH = 1000  # keys per DeleteObjects request (S3's limit)
CHECKSUM_FIELD = "sha256"  # object metadata key holding the checksum


def parse_s3_url(url: str) -> tuple[str, str]:
    """(bucket, prefix) of `s3://bucket/prefix`; the prefix may be empty."""
    rest = url.removeprefix("s3://")
    bucket, _, prefix = rest.partition("/")
    if not bucket:
        raise ValueError(f"{url!r} names no bucket; use s3://bucket/prefix")
    return bucket, prefix.strip("/")


def make_client(endpoint_url: str | None) -> Any:
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        read_timeout=READ_TIMEOUT_SECONDS,
        retries={"max_attempts": MAX_ATTEMPTS, "mode": "standard"},
        # Path-style works with every S3-compatible server; AWS itself accepts it too.
        s3={"addressing_style": "path"} if endpoint_url else {},
    )
    return boto3.session.Session().client("s3", endpoint_url=endpoint_url, config=config)


class S3Store(BlobStore):
    def __init__(self, url: str, *, endpoint_url: str | None = None, client: Any = None) -> None:
        self.bucket, self.prefix = parse_s3_url(url)
        self.url = url
        self.client = client or make_client(endpoint_url)

    def object_key(self, key: str) -> str:
        if key.startswith("/") or ".." in key.split("/"):
            raise ValueError(f"blob key {key!r} escapes the storage prefix")
        return f"{self.prefix}/{key}" if self.prefix else key

    def open_writer(self, key: str, *, max_bytes: int | None = None) -> BlobWriter:
        return _S3Writer(self, key, max_bytes)

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.object_key(key))
        except ClientError as exc:
            if _status(exc) == 404:
                return False
            raise
        return True

    def _open_chunks(self, key: str) -> tuple[str, Iterator[bytes]]:
        from botocore.exceptions import ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.object_key(key))
        except ClientError as exc:
            if _status(exc) == 404:
                raise BlobMissing(f"No blob {key!r} in {self.url}.") from None
            raise
        expected = response.get("Metadata", {}).get(CHECKSUM_FIELD, "")
        return expected, _body_chunks(response["Body"])

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.object_key(key))

    def delete_prefix(self, prefix: str) -> None:
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.object_key(prefix) + "/"
        )
        batch: list[dict[str, str]] = []
        for page in pages:
            for item in page.get("Contents", []):
                batch.append({"Key": item["Key"]})
                if len(batch) == DELETE_BATCH:
                    self._delete_batch(batch)
                    batch = []
        if batch:
            self._delete_batch(batch)

    def _delete_batch(self, batch: list[dict[str, str]]) -> None:
        self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})

    def close(self) -> None:
        self.client.close()


def _status(exc: Any) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)


def _body_chunks(body: Any) -> Iterator[bytes]:
    try:
        yield from body.iter_chunks(READ_CHUNK_BYTES)
    finally:
        body.close()


class _S3Writer(BlobWriter):
    def __init__(self, store: S3Store, key: str, max_bytes: int | None) -> None:
        super().__init__(key, max_bytes)
        self.store = store
        self.object_key = store.object_key(key)
        self._buffer = bytearray()
        self._upload_id: str | None = None
        self._parts: list[dict[str, Any]] = []

    def _write(self, chunk: bytes) -> None:
        self._buffer += chunk
        while len(self._buffer) >= PART_BYTES:
            self._send_part(PART_BYTES)

    def _send_part(self, size: int) -> None:
        client, bucket = self.store.client, self.store.bucket
        if self._upload_id is None:
            created = client.create_multipart_upload(Bucket=bucket, Key=self.object_key)
            self._upload_id = created["UploadId"]
        number = len(self._parts) + 1
        body = bytes(self._buffer[:size])
        del self._buffer[:size]
        sent = client.upload_part(
            Bucket=bucket,
            Key=self.object_key,
            UploadId=self._upload_id,
            PartNumber=number,
            Body=body,
        )
        self._parts.append({"PartNumber": number, "ETag": sent["ETag"]})

    def _commit(self, blob: StoredBlob) -> None:
        client, bucket = self.store.client, self.store.bucket
        metadata = {CHECKSUM_FIELD: blob.sha256}
        if self._upload_id is None:
            client.put_object(
                Bucket=bucket, Key=self.object_key, Body=bytes(self._buffer), Metadata=metadata
            )
            self._buffer.clear()
            return
        if self._buffer:
            self._send_part(len(self._buffer))
        client.complete_multipart_upload(
            Bucket=bucket,
            Key=self.object_key,
            UploadId=self._upload_id,
            MultipartUpload={"Parts": self._parts},
        )
        client.copy_object(
            Bucket=bucket,
            Key=self.object_key,
            CopySource={"Bucket": bucket, "Key": self.object_key},
            Metadata=metadata,
            MetadataDirective="REPLACE",
        )

    def _abort(self) -> None:
        self._buffer.clear()
        if self._upload_id is not None:
            self.store.client.abort_multipart_upload(
                Bucket=self.store.bucket, Key=self.object_key, UploadId=self._upload_id
            )
