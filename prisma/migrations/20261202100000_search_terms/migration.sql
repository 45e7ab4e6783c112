-- "Did you mean …?" (docs/decisions/013-did-you-mean.md): the words of live listings' titles, companies and
-- skills, matched by trigram similarity. The refresh-search-terms job fills the table (src/server/search/
-- terms-sql.ts); it starts empty and is filled on the next change to the live set or the hourly run.
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "lexeme" TEXT NOT NULL,
    "listings" INTEGER NOT NULL,
    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

CREATE INDEX "SearchTerm_lexeme_idx" ON "SearchTerm"("lexeme");

-- pg_trgm ships with PostgreSQL (contrib) and is loaded into the embedded PGlite (scripts/db/embedded.ts).
-- A server without it still migrates: the table stays, the trigram index is left out, and the app offers
-- no suggestions there (src/server/search/did-you-mean.ts checks for the extension).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);
  ELSE
    RAISE WARNING 'pg_trgm is not available: searches that find nothing will offer no "Did you mean".';
  END IF;
END
$$;
