"""PostgreSQL: the embedded server, connections and pools, migrations, and the RLS roles."""

from pdfqueue.db.connect import connect, database_url, describe_url
from pdfqueue.db.pools import APP_ROLE, SERVICE_CLAIMS, open_async_pool, open_pool, set_claims

__all__ = [
    "APP_ROLE",
    "SERVICE_CLAIMS",
    "connect",
    "database_url",
    "describe_url",
    "open_async_pool",
    "open_pool",
    "set_claims",
]
