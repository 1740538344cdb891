"""Owner fairness: what interleaving owners costs at enqueue, and what it buys at claim.

The pipeline's enqueue (pipeline/stages.py `enqueue`) counts a document's owner's older
in-flight documents (pipeline/queries.sql `owner_places`; at most 1000 are counted) and the
queue numbers the document's first rows in a queue after that many places (queue/queries.sql
`enqueue`, `start_after`). This measures,
in one run on one server:
- the time to enqueue one document's first rows while its owner has 0, 100 and 1000 other
  documents in flight (the count is the only extra work), and a document's later rows (the
  count runs again, but the queue continues after the document's own rows);
- where a second owner's only document lands in claim order behind the first owner's many.

Usage: python bench/owner_fairness.py [--database-url URL] [--documents 1000] [--repeat 200]
Without --database-url it starts the embedded PostgreSQL in a temporary directory.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo

from pdfqueue.db import migrate, server
from pdfqueue.pipeline import stages

QUEUE = "webhook_queue"  # any queue: they share the enqueue statement


def _document(conn: psycopg.Connection, owner: str) -> uuid.UUID:
    return conn.execute(
        "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
        " VALUES (%s, 'b.pdf', %s) RETURNING id",
        (owner, uuid.uuid4().hex),
    ).fetchone()[0]


def _enqueue(conn: psycopg.Connection, document_id: uuid.UUID, rows: int = 3) -> float:
    started = time.perf_counter()
    with conn.transaction():
        stages.enqueue(
            conn, QUEUE, [{"document_id": document_id, "task": "noop"}] * rows, notify=False
        )
    return time.perf_counter() - started


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run(url: str, documents: int, repeat: int) -> None:
    migrate.migrate(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET ROLE pdfqueue_app")
        conn.execute("""SELECT set_config('request.jwt.claims', '{"role":"service"}', false)""")
        print(
            f"machine: {platform.machine()} {platform.processor() or ''}; python "
            f"{platform.python_version()}; server {conn.info.server_version}"
        )
        for _ in range(repeat):  # warm up the server's caches and plans first
            _enqueue(conn, _document(conn, "warm-up"))
        in_flight = 0
        for target in (0, 100, documents):
            while in_flight < target:
                _enqueue(conn, _document(conn, "many"))
                in_flight += 1
            first = [_enqueue(conn, _document(conn, f"probe-{target}")) for _ in range(repeat)]
            own = [_enqueue(conn, _document(conn, "many")) for _ in range(repeat)]
            in_flight += repeat
            print(
                f"owner with {target:>5} documents in flight: first rows of a new document "
                f"{_median_ms(own):.2f} ms; another owner's first document "
                f"{_median_ms(first):.2f} ms"
            )
        doc = _document(conn, "many")
        _enqueue(conn, doc)
        later = [_enqueue(conn, doc) for _ in range(repeat)]
        print(f"later rows of a document: {_median_ms(later):.2f} ms")
        newcomer = _document(conn, "newcomer")
        _enqueue(conn, newcomer)
        order = conn.execute(
            f"SELECT document_id FROM {QUEUE} WHERE status = 'pending'"
            " ORDER BY priority DESC, seq, created_at"
        ).fetchall()
        position = [row[0] for row in order].index(newcomer)
        print(
            f"a second owner's only document is claimed at position {position + 1} of "
            f"{len(order)} pending rows (owner 'many' has {in_flight} documents in flight)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="a PostgreSQL superuser URL (default: embedded)")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    if args.database_url:
        name = f"bench_fair_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.database_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            run(make_conninfo(args.database_url, dbname=name), args.documents, args.repeat)
        finally:
            with psycopg.connect(args.database_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        return
    data_dir = Path(tempfile.mkdtemp(prefix="pdfqueue-bench-"))
    try:
        run(server.ensure_running(data_dir), args.documents, args.repeat)
    finally:
        server.stop(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
