-- 0082: the `postgres` blob store (0080) reads and writes `blobs` and `blob_chunks` on its own
-- connections, which since 0072 log in as `pdfqueue_login`, not as the schema owner. Those
-- tables get no row-level security (the API checks that a caller may see a document before it
-- asks the store for its bytes), so they are granted to a role of their own,
-- `pdfqueue_blob_store`, which the login role holds directly: a request's transaction, which
-- switches to `pdfqueue_app` with the caller's claims, keeps none of it.
--
-- A login created by an operator instead of pdfqueue_login (PDFQUEUE_APP_DATABASE_URL) needs
-- `GRANT pdfqueue_blob_store TO <login>` as well (docs/permissions.md).

DO $$
BEGIN
  CREATE ROLE pdfqueue_blob_store NOLOGIN;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN
    NULL;  -- another database of this server made it first
  WHEN insufficient_privilege THEN
    RAISE NOTICE 'pdfqueue: cannot create the role pdfqueue_blob_store (%); the postgres blob '
                 'store then needs a login that may read and write blobs, blob_chunks', SQLERRM;
END
$$;

DO $$
BEGIN
  GRANT SELECT, INSERT, UPDATE, DELETE ON blobs, blob_chunks TO pdfqueue_blob_store;
  GRANT pdfqueue_blob_store TO pdfqueue_login;
EXCEPTION WHEN undefined_object THEN
  NULL;  -- no such role (see above and 0072)
END
$$;
