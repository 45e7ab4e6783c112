-- Moderation (docs/decisions/027-moderation.md): the report reasons a visitor can pick from, at most one
-- open report per person per listing, and why an account or a company was suspended (shown to them).

-- "Pay misleading" is the existing NO_REAL_PAY; the two new reasons are added, none removed.
ALTER TYPE "ReportReason" ADD VALUE 'DISCRIMINATORY';
ALTER TYPE "ReportReason" ADD VALUE 'FILLED_OR_EXPIRED';

-- Partial: once a report is resolved or dismissed, the same person may report the listing again.
CREATE UNIQUE INDEX "Report_listingId_reporterId_key" ON "Report"("listingId", "reporterId") WHERE "status" = 'OPEN';

ALTER TABLE "User" ADD COLUMN "suspensionReason" TEXT;
ALTER TABLE "Company" ADD COLUMN "suspensionReason" TEXT;
