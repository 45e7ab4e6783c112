-- Company profile (issue 10): headquarters, a structured remote policy, benefits and a logo; and listing
-- views per day (docs/decisions/032-listing-stats.md). Nothing is dropped: remotePolicy keeps the owner's
-- text, and known wordings also fill the structured model below.
CREATE TYPE "RemoteModel" AS ENUM ('FULLY_REMOTE', 'REMOTE_FIRST', 'HYBRID');
CREATE TYPE "MeetingStyle" AS ENUM ('MOSTLY_ASYNC', 'CORE_HOURS');

ALTER TABLE "Company" ADD COLUMN "headquarters" TEXT,
ADD COLUMN "remoteModel" "RemoteModel",
ADD COLUMN "meetingStyle" "MeetingStyle",
ADD COLUMN "coreOverlapHours" INTEGER,
ADD COLUMN "offsitesPerYear" INTEGER,
ADD COLUMN "benefits" TEXT,
ADD COLUMN "logoKey" TEXT,
ADD COLUMN "logoVersion" TEXT;

ALTER TABLE "Company" ADD CONSTRAINT "Company_coreOverlapHours_check" CHECK ("coreOverlapHours" IS NULL OR "coreOverlapHours" BETWEEN 1 AND 8),
ADD CONSTRAINT "Company_offsitesPerYear_check" CHECK ("offsitesPerYear" IS NULL OR "offsitesPerYear" BETWEEN 0 AND 12),
ADD CONSTRAINT "Company_logo_check" CHECK (("logoKey" IS NULL) = ("logoVersion" IS NULL));

-- Known wordings at the start of the old free text map to the model; anything else stays text only.
UPDATE "Company" SET "remoteModel" = CASE
    WHEN "remotePolicy" ~* '^\s*(fully|100\s*%|all)[\s-]*remote' THEN 'FULLY_REMOTE'::"RemoteModel"
    WHEN "remotePolicy" ~* '^\s*remote[\s-]*first' THEN 'REMOTE_FIRST'::"RemoteModel"
    WHEN "remotePolicy" ~* '^\s*hybrid' THEN 'HYBRID'::"RemoteModel"
  END
WHERE "remotePolicy" IS NOT NULL;
UPDATE "Company" SET "meetingStyle" = 'MOSTLY_ASYNC' WHERE "remotePolicy" ~* '\masync';

CREATE TABLE "ListingViewDay" (
    "listingId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ListingViewDay_pkey" PRIMARY KEY ("listingId","day")
);
ALTER TABLE "ListingViewDay" ADD CONSTRAINT "ListingViewDay_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
