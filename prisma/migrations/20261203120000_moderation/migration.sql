-- Moderation (docs/decisions/027-moderation.md): the report reasons a visitor can pick from, at most one
-- open report per person per listing, and why an account or a company was suspended (shown to them).

-- "Pay misleading" is the existing NO_REAL_PAY; the two new reasons are added, none removed.
ALTER TYPE "ReportReason" ADD VALUE 'DISCRIMINATORY';
ALTER TYPE "ReportReason" ADD VALUE 'FILLED_OR_EXPIRED';

-- Partial: once a report is resolved or dismissed, the same person may report the listing again.
CREATE UNIQUE INDEX "Report_listingId_reporterId_key" ON "Report"("listingId", "reporterId") WHERE "status" = 'OPEN';

ALTER TABLE "User" ADD COLUMN "suspensionReason" TEXT;
ALTER TABLE "Company" ADD COLUMN "suspensionReason" TEXT;

-- Near-duplicate listings across companies for the review queue (src/server/moderation/duplicates.ts): a
-- trigram index on titles narrows the candidates before descriptions are compared. Like the search terms'
-- index, it is left out on a server without pg_trgm, and the queue then shows no near-duplicate signal.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX "Listing_title_trgm_idx" ON "Listing" USING GIN ("title" gin_trgm_ops);
  ELSE
    RAISE WARNING 'pg_trgm is not available: the review queue will not look for near-duplicate listings.';
  END IF;
END
$$;
