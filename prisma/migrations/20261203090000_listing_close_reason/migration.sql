-- Closing a listing records why (docs/decisions/010-listing-lifecycle.md): the employer's reason, or a
-- moderator's removal with a note the employer sees. Existing CLOSED rows keep a null reason.
CREATE TYPE "ListingCloseReason" AS ENUM ('HIRED_THROUGH_BACKPLANE', 'HIRED_ELSEWHERE', 'NO_LONGER_HIRING', 'REMOVED_BY_MODERATOR');

ALTER TABLE "Listing" ADD COLUMN "closedReason" "ListingCloseReason",
ADD COLUMN "closedNote" TEXT;
