-- 0070: each owner's webhook signing secret has a version the owner can bump (rotation).
--
-- The secret itself is never stored: it is derived from the server secret, the owner and this
-- version (pdfqueue.keys.webhook_secret), so the database holds nothing worth stealing. An
-- owner without a row is at version 1. Owners read and bump their own row; the service (the
-- webhook handler) reads everyone's to sign deliveries.

CREATE TABLE IF NOT EXISTS webhook_signing_keys (
  owner_id   text PRIMARY KEY,
  version    integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  rotated_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_signing_keys TO pdfqueue_app;
ALTER TABLE webhook_signing_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service reads signing keys" ON webhook_signing_keys FOR SELECT TO pdfqueue_app
  USING ((SELECT auth.role()) = 'service');
CREATE POLICY "Owners manage own signing key" ON webhook_signing_keys FOR ALL TO pdfqueue_app
  USING ((SELECT auth.role()) IN ('user', 'admin', 'service') AND owner_id = (SELECT auth.uid()))
  WITH CHECK ((SELECT auth.role()) IN ('user', 'admin', 'service')
              AND owner_id = (SELECT auth.uid()));
