-- 0072: the API and the workers log in as `pdfqueue_login`, a member of `pdfqueue_app` that
-- owns nothing; only `pdfqueue migrate` logs in as the schema owner.
--
-- Before, they logged in as the owner (with the embedded server, the superuser) and switched
-- to pdfqueue_app per transaction with SET LOCAL ROLE: an SQL injection, or a memory bug in the
-- PDF parser taking over a worker, could switch back and act as the superuser. A login that
-- is only a member of pdfqueue_app has nothing more to switch to. Without claims it sees no
-- rows either (the policies are those of pdfqueue_app, which it inherits).
--
-- Roles are cluster-wide and creating one needs CREATEROLE: on a managed server that refuses,
-- the migration goes on with a notice, and the operator creates a login role that is a member
-- of pdfqueue_app and sets PDFQUEUE_APP_DATABASE_URL (docs/permissions.md).

DO $$
BEGIN
  CREATE ROLE pdfqueue_login LOGIN INHERIT IN ROLE pdfqueue_app;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN
    NULL;  -- another database of this server made it first
  WHEN insufficient_privilege THEN
    RAISE NOTICE 'pdfqueue: cannot create the login role pdfqueue_login (%); create a login '
                 'role in pdfqueue_app and set PDFQUEUE_APP_DATABASE_URL', SQLERRM;
END
$$;

DO $$
BEGIN
  GRANT pdfqueue_app TO pdfqueue_login;
EXCEPTION WHEN OTHERS THEN
  NULL;  -- no such role (see above), or already a member
END
$$;

-- /readyz reads the schema version as the app.
GRANT USAGE ON SCHEMA pdfqueue_meta TO pdfqueue_app;
GRANT SELECT ON pdfqueue_meta.schema_migrations TO pdfqueue_app;
