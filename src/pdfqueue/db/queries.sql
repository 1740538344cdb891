-- The database part's own SQL, named and described: the role and claims a connection acts with
-- (pools.py), the migrations' bookkeeping (migrate.py, and the API's readiness check), the
-- embedded server's database (server.py), the listener's session (listener.py) and the
-- database's clock. `named_sql.load("pdfqueue.db", "queries.sql")` reads it; the schema
-- itself is in migrations/.


-- name: act_as_app_role
-- The whole session acts as the non-owner role, so row-level security applies to it (a
-- worker's or a maintenance loop's connection). {role} is pools.APP_ROLE.
SET ROLE {role};


-- name: set_session_claims
-- The JWT claims auth.jwt() reads, for the whole session (with act_as_app_role).
SELECT set_config('request.jwt.claims', %(claims)s, false);


-- name: act_as_app_role_locally
-- The same for the current transaction only (an API request: safe through PgBouncer's
-- transaction pooling, the role ends with the transaction). {role} is pools.APP_ROLE.
SET LOCAL ROLE {role};


-- name: set_transaction_claims
-- The request's claims, for the current transaction only (with act_as_app_role_locally).
SELECT set_config('request.jwt.claims', %(claims)s, true);


-- name: has_migrations
-- Whether any migration ran here (an empty database has no bookkeeping table; asked before
-- schema_version, which would fail on one).
SELECT to_regclass('pdfqueue_meta.schema_migrations') IS NOT NULL;


-- name: schema_version
-- The highest migration applied (0 when the table is empty).
SELECT coalesce(max(version), 0) FROM pdfqueue_meta.schema_migrations;


-- name: lock_migrations
-- One migrator at a time, for the whole session (it spans a transaction per migration).
SELECT pg_advisory_lock(%(key)s);


-- name: unlock_migrations
-- The migrator is done (or failed): the next one may go.
SELECT pg_advisory_unlock(%(key)s);


-- name: create_meta_schema
-- Where the bookkeeping lives, apart from the application's tables.
CREATE SCHEMA IF NOT EXISTS pdfqueue_meta;


-- name: create_migrations_table
-- One row per migration applied.
CREATE TABLE IF NOT EXISTS pdfqueue_meta.schema_migrations (
  version int PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);


-- name: record_migration
-- A migration was applied, in the transaction that applied it.
INSERT INTO pdfqueue_meta.schema_migrations (version, name) VALUES (%(version)s, %(name)s);


-- name: database_exists
-- Whether the embedded server already has pdfqueue's database.
SELECT 1 FROM pg_database WHERE datname = %(name)s;


-- name: create_database
-- The embedded server's database, on first start. {database} is server.DATABASE_NAME, quoted.
CREATE DATABASE {database};


-- name: listen
-- Receive a NOTIFY channel's notifications on this session. {channel} is one of channels.py's
-- names, quoted as an identifier.
LISTEN {channel};


-- name: ping
-- A round trip that proves an idle listening connection is still alive.
SELECT 1;


-- name: database_now
-- The database's clock: ages and due times computed against it agree with the rows' own
-- timestamps, whatever the local clock says.
SELECT now();
