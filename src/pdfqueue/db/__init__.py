"""PostgreSQL: the embedded server, connections and pools, migrations, and the RLS roles.

Submodules: `connect` (which database, connections with clear errors), `pools` (pools and the
claims a connection acts with), `migrate`, `server` (embedded PostgreSQL).
"""

from pdfqueue.db.connect import database_url, describe_url
from pdfqueue.db.pools import APP_ROLE, SERVICE_CLAIMS, open_async_pool, open_pool, set_claims

__all__ = [
    "APP_ROLE",
    "SERVICE_CLAIMS",
    "database_url",
    "describe_url",
    "open_async_pool",
    "open_pool",
    "set_claims",
]
