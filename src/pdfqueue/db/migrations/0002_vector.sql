-- 0002: embeddings. With pgvector (the embedded server has it) they are `vector` columns and
-- semantic search runs in the database; without it they are stored as real[] and search says
-- why it is unavailable. Dimensions are left open so another embedding model can be configured.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS vector;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pgvector is not available (%): embeddings are stored without vector search',
      SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    ALTER TABLE document_chunks ADD COLUMN embedding vector;
    ALTER TABLE products ADD COLUMN embedding vector;
  ELSE
    ALTER TABLE document_chunks ADD COLUMN embedding real[];
    ALTER TABLE products ADD COLUMN embedding real[];
  END IF;
END
$$;
