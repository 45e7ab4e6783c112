-- Pay-transparency rules (docs/decisions/030-pay-transparency.md): limits within the US and Canada, the
-- answers some places require, who stated the pay and when. Existing rows: whole countries, no answers.
ALTER TABLE "Listing" ADD COLUMN "eligibleStates" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "eligibleProvinces" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "applicationsCloseOn" DATE,
ADD COLUMN "aiScreening" BOOLEAN,
ADD COLUMN "existingVacancy" BOOLEAN,
ADD COLUMN "salaryProvidedById" TEXT,
ADD COLUMN "salaryProvidedAt" TIMESTAMP(3);

ALTER TABLE "Listing" ADD CONSTRAINT "Listing_salaryProvidedById_fkey" FOREIGN KEY ("salaryProvidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every version of a listing that went live, kept for the posting record-keeping rules.
CREATE TABLE "ListingVersion" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingVersion_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ListingVersion_listingId_version_key" ON "ListingVersion"("listingId", "version");

ALTER TABLE "ListingVersion" ADD CONSTRAINT "ListingVersion_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
