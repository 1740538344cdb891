"""Schema migrations: numbered SQL files in db/migrations, applied in order, each once.

`migrate()` holds an advisory lock while it works, so two processes migrating at once take
turns and the second finds nothing to do. A database whose schema is newer than this
pdfqueue's migrations is refused rather than used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import psycopg

from pdfqueue.db.connect import connect, session_url
from pdfqueue.db.named_sql import statement
from pdfqueue.errors import SchemaTooNew

MIGRATE_LOCK_KEY = 0x70646671  # "pdfq": the advisory lock serialising migrations
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """Every migration shipped with this pdfqueue, in order."""
    found = []
    for entry in resources.files("pdfqueue.db").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def _sql(name: str) -> str:
    return statement("pdfqueue.db", name)


def latest_version() -> int:
    return available()[-1].version


def current_version(conn: psycopg.Connection) -> int:
    """The highest applied migration, 0 on an empty database."""
    if not conn.execute(_sql("has_migrations")).fetchone()[0]:
        return 0
    return int(conn.execute(_sql("schema_version")).fetchone()[0])


def check_not_newer(version: int) -> None:
    known = latest_version()
    if version > known:
        raise SchemaTooNew(
            f"The database was migrated by a newer pdfqueue (schema version {version}; this "
            f"pdfqueue knows up to {known}); upgrade pdfqueue or use another database."
        )


def migrate(url: str) -> list[Migration]:
    """Apply pending migrations and return those applied by this call."""
    applied: list[Migration] = []
    # A session of its own: the advisory lock serialising migrators spans many transactions.
    with connect(session_url(url), autocommit=True) as conn:
        conn.execute(_sql("lock_migrations"), {"key": MIGRATE_LOCK_KEY})
        try:
            conn.execute(_sql("create_meta_schema"))
            conn.execute(_sql("create_migrations_table"))
            version = current_version(conn)
            check_not_newer(version)
            for migration in available():
                if migration.version <= version:
                    continue
                with conn.transaction():
                    conn.execute(migration.sql)
                    conn.execute(
                        _sql("record_migration"),
                        {"version": migration.version, "name": migration.name},
                    )
                applied.append(migration)
        finally:
            conn.execute(_sql("unlock_migrations"), {"key": MIGRATE_LOCK_KEY})
    return applied


def pending(url: str) -> list[Migration]:
    """Migrations not yet applied (empty when the schema is current)."""
    with connect(url, autocommit=True) as conn:
        version = current_version(conn)
    check_not_newer(version)
    return [m for m in available() if m.version > version]
