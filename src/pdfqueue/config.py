"""Settings: every tunable of pdfqueue, read from `PDFQUEUE_*` environment variables.

This module is the ground floor: it imports nothing else from pdfqueue, and every other part
reads its configuration from `get_settings()`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """pdfqueue's configuration. The README's configuration table lists the same fields."""

    model_config = SettingsConfigDict(env_prefix="PDFQUEUE_", env_file=None, extra="ignore")

    # --- where things live -------------------------------------------------------------------
    data_dir: Path = Field(
        Path(".pdfqueue"),
        description="Directory for the embedded database, blobs and the dev JWT secret.",
    )
    database_url: str | None = Field(
        None,
        description="PostgreSQL ≥ 15 to use instead of the embedded server "
        "(postgresql://user:password@host:port/dbname).",
    )
    app_database_url: str | None = Field(
        None,
        description="PostgreSQL URL the API and workers log in with: a login role that is a "
        "member of pdfqueue_app and not the schema owner (default: DATABASE_URL with the user "
        "pdfqueue_login, which `pdfqueue migrate` creates).",
    )
    direct_database_url: str | None = Field(
        None,
        description="A direct PostgreSQL connection for what needs a session (LISTEN, the "
        "maintenance leader's advisory lock, migrations) when DATABASE_URL goes through "
        "PgBouncer in transaction pooling mode; setting it marks DATABASE_URL as pooled.",
    )
    storage_url: str | None = Field(
        None,
        description="Where uploaded PDFs, extracted images and intermediate files live: "
        "file:///path (a directory), postgres (the database itself) or s3://bucket/prefix "
        "(default: file://STORAGE_DIR).",
    )
    storage_dir: Path | None = Field(
        None,
        description="Directory of the default file:// storage (default: DATA_DIR/blobs).",
    )
    s3_endpoint_url: str | None = Field(
        None,
        description="Endpoint of an S3-compatible store other than AWS (e.g. "
        "http://minio:9000); credentials and region come from the standard AWS_* variables.",
    )

    # --- HTTP ----------------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the API server binds to.")
    port: int = Field(8000, description="Port the API server listens on.")
    public_url: str | None = Field(
        None, description="URL clients use to reach the API (default: http://HOST:PORT)."
    )
    jwt_secret: SecretStr | None = Field(
        None,
        description="HS256 secret for bearer tokens (at least 32 bytes) and the master key "
        "other keys are derived from; when unset a dev secret is generated in DATA_DIR/jwt_secret.",
    )
    token_ttl_seconds: int = Field(
        7 * 24 * 3600, description="Lifetime of tokens minted by `pdfqueue token`."
    )
    max_token_ttl_seconds: int = Field(
        30 * 24 * 3600,
        ge=1,
        description="Longest token lifetime: `pdfqueue token --ttl` refuses more, and a token "
        "expiring later than this from now is refused.",
    )
    max_upload_mb: int = Field(200, description="Largest accepted upload, in MB (413 above).")
    max_request_body_kb: int = Field(
        1024,
        ge=1,
        description="Largest request body other than a document upload, in KB: larger ones are "
        "answered 413 before authentication, without reading them.",
    )
    uploads_per_minute: int = Field(
        60, ge=0, description="Uploads one user may make per minute (429 above; 0: no limit)."
    )
    max_stored_mb_per_user: int = Field(
        10240,
        ge=0,
        description="MB of PDFs one user may keep stored (429 above; 0: no limit).",
    )
    max_event_streams_per_user: int = Field(
        32,
        ge=0,
        description="Event streams one user may hold open per API process (429 above; 0: no "
        "limit).",
    )
    max_pages: int = Field(
        2000,
        description="Most pages read in one PDF; a longer one ends failed, saying so.",
    )
    upload_idle_timeout_seconds: float = Field(
        30.0, description="An upload that sends nothing for this long is refused (408)."
    )
    webhook_secret: SecretStr | None = Field(
        None,
        description="Root key (at least 32 bytes) from which each owner's webhook signing "
        "secret is derived (default: a key derived from the JWT secret; never the JWT secret).",
    )

    webhook_allowed_hosts: str = Field(
        "",
        description="Comma-separated host names and networks (CIDR) webhook callbacks may reach "
        "although they are not public addresses, e.g. 'hooks.internal,10.1.0.0/16' (default: "
        "only public addresses).",
    )

    # --- workers and queue ---------------------------------------------------------------------
    workers: int = Field(2, description="Worker processes started by `pdfqueue up`.")
    lease_seconds: float = Field(
        30.0, description="How long a claimed job stays leased without a renewal."
    )
    job_timeout_seconds: float = Field(
        300.0, description="A job running longer is killed with its process and retried."
    )
    worker_memory_limit_mb: int = Field(
        1024,
        description="A worker process above this RSS is recycled between jobs; one above "
        "twice this is killed mid-job and its job retried.",
    )
    worker_preload: bool = Field(
        True,
        description="A worker process loads the engines of the queues it serves (pdfium, "
        "Tesseract, the embedding model) before it reports ready, so the first document does "
        "not wait for them; off: each loads on its first job and an idle worker stays small.",
    )
    worker_nice: int = Field(
        10,
        description="Niceness of worker processes (0–19): the API on the same machine "
        "keeps answering fast while workers use every core.",
    )
    max_retries: int = Field(3, description="Default retries of a failing job before `failed`.")
    retry_base_seconds: float = Field(
        2.0, description="Backoff base: a retry waits base · 2^attempt plus jitter."
    )
    poll_interval_seconds: float = Field(
        5.0, description="Idle workers poll this often in case a NOTIFY was missed."
    )
    shutdown_grace_seconds: float = Field(
        30.0, description="On SIGTERM, running jobs get this long to finish before returning."
    )
    heartbeat_seconds: float = Field(
        5.0, description="Worker processes refresh their `workers` row this often."
    )
    claim_batch_max: int = Field(
        500, description="Most rows a worker process claims per round trip (for short jobs)."
    )

    # --- engines -------------------------------------------------------------------------------
    ocr_languages: str = Field(
        "eng", description="Tesseract languages, e.g. 'eng+fra' (others need TESSDATA_DIR)."
    )
    ocr_word_languages: str = Field(
        "deu",
        description="Tesseract languages whose models read again the words OCR_LANGUAGES read "
        "unsurely, taken where they spell letters those lack (deu: ä ö ü ß); '' for none.",
    )
    tessdata_dir: Path | None = Field(
        None,
        description="Directory with *.traineddata for OCR_LANGUAGES other than English "
        "(e.g. /usr/share/tesseract-ocr/5/tessdata).",
    )
    render_dpi: int = Field(
        200,
        description="Resolution at which scanned pages are rendered for OCR (the quality bench's"
        " scans read best at 200: see BENCHMARKS.md).",
    )
    extraction_pages_per_job: int = Field(
        8,
        ge=1,
        description="Pages per extraction job: a longer PDF is read by several jobs at once, "
        "one per range of pages.",
    )
    chunk_size: int = Field(1200, description="Largest chunk, in characters.")
    chunk_overlap: int = Field(150, description="Characters shared by neighbouring chunks.")
    embedding_model: str | None = Field(
        None,
        description="A sentence-transformers model name or path to use instead of the bundled "
        "all-MiniLM-L6-v2 (needs the `sentence-transformers` extra).",
    )
    embedding_batch_size: int = Field(8, description="Chunks embedded per model call.")
    llm_base_url: str | None = Field(
        None,
        description="OpenAI-compatible endpoint for classification and metadata (off if unset).",
    )
    llm_api_key: SecretStr | None = Field(None, description="API key for LLM_BASE_URL.")
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to LLM_BASE_URL.")

    # --- logging and tracing -------------------------------------------------------------------
    log_level: str = Field("INFO", description="Log level of every pdfqueue process.")
    otlp_endpoint: str | None = Field(
        None,
        description="OTLP/HTTP traces endpoint (e.g. http://collector:4318/v1/traces): each "
        "document's journey as one OpenTelemetry trace across hosts (off if unset; needs the "
        "`tracing` extra).",
    )

    @field_validator("data_dir", "storage_dir", "tessdata_dir")
    @classmethod
    def _absolute(cls, value: Path | None) -> Path | None:
        return None if value is None else value.expanduser().absolute()

    @property
    def blob_dir(self) -> Path:
        return self.storage_dir or self.data_dir / "blobs"

    @property
    def api_url(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
