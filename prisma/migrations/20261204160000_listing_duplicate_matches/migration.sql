-- Near-duplicates computed when a listing enters review, not on every queue page load
-- (docs/decisions/033-verified-employers.md, "Near-duplicates, measured").

CREATE TABLE "ListingDuplicateCheck" (
    "listingId" TEXT NOT NULL,
    "listingUpdatedAt" TIMESTAMP(3) NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ListingDuplicateCheck_pkey" PRIMARY KEY ("listingId")
);

CREATE TABLE "ListingDuplicateMatch" (
    "pendingListingId" TEXT NOT NULL,
    "matchedListingId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "repost" BOOLEAN NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ListingDuplicateMatch_pkey" PRIMARY KEY ("pendingListingId","matchedListingId")
);

CREATE INDEX "ListingDuplicateMatch_matchedListingId_idx" ON "ListingDuplicateMatch"("matchedListingId");

ALTER TABLE "ListingDuplicateCheck" ADD CONSTRAINT "ListingDuplicateCheck_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ListingDuplicateMatch" ADD CONSTRAINT "ListingDuplicateMatch_pendingListingId_fkey" FOREIGN KEY ("pendingListingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ListingDuplicateMatch" ADD CONSTRAINT "ListingDuplicateMatch_matchedListingId_fkey" FOREIGN KEY ("matchedListingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
