import { Prisma } from "@/generated/prisma/client";
import { utc } from "@/server/search/filters";

// The near-duplicate query (docs/decisions/027-moderation.md), apart from src/server/moderation/duplicates.ts
// so scripts/bench/duplicates.ts times exactly what the review queue runs.

/** At most this many title-alike candidates per pending listing have their descriptions compared. */
export const TITLE_CANDIDATES = 20;
/** Descriptions are compared on their first this-many characters: enough for a copy, bounded in cost. */
export const DESCRIPTION_PREFIX = 2000;

/**
 * For each pending listing, up to TITLE_CANDIDATES listings — live, waiting, or closed since `since` — whose
 * title is trigram-similar (pg_trgm's `%`, served by the title's GIN index), most alike first, with the
 * trigram similarity of the two descriptions' first DESCRIPTION_PREFIX characters.
 */
export function nearDuplicatesSql(pendingIds: string[], since: Date): Prisma.Sql {
  return nearDuplicatesOf(Prisma.sql`"Listing"`, pendingIds, since);
}

/**
 * The same for published listings' waiting edits (decision 023): each listing as its `pendingEdit` — the
 * edited form's values — would publish it. The live listing itself is never a candidate (`x.id <> p.id`).
 */
export function pendingEditDuplicatesSql(listingIds: string[], since: Date): Prisma.Sql {
  return nearDuplicatesOf(
    Prisma.sql`(SELECT "id", "companyId", "pendingEdit"->>'title' AS "title", "pendingEdit"->>'description' AS "description"
                  FROM "Listing" WHERE "pendingEdit" IS NOT NULL)`,
    listingIds,
    since,
  );
}

/** `source` yields the compared rows (id, companyId, title, description): the listings as stored, or as edited. */
function nearDuplicatesOf(source: Prisma.Sql, pendingIds: string[], since: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id" AS "pendingId", p."companyId" AS "pendingCompanyId", o."id", o."slug", o."title", o."status",
           o."closedAt", o."companyId", c."name" AS "companyName",
           similarity(left(p."description", ${DESCRIPTION_PREFIX}), left(o."description", ${DESCRIPTION_PREFIX}))::float8 AS "similarity"
      FROM ${source} p
      CROSS JOIN LATERAL (
        SELECT x."id", x."slug", x."title", x."status", x."closedAt", x."companyId", x."description"
          FROM "Listing" x
         WHERE x."id" <> p."id"
           AND x."title" % p."title"
           AND (x."status" IN ('PUBLISHED', 'PENDING_REVIEW') OR (x."status" = 'CLOSED' AND x."closedAt" >= ${utc(since)}))
         ORDER BY similarity(x."title", p."title") DESC, x."id"
         LIMIT ${TITLE_CANDIDATES}
      ) o
      JOIN "Company" c ON c."id" = o."companyId"
     WHERE p."id" IN (${Prisma.join(pendingIds)})`;
}

/**
 * What the review queue reads instead (the job check-near-duplicates stores it): per pending listing,
 * whether its stored check was computed from its current content, and each stored match joined to the
 * matched listing and company as they are now. One row per match, or one row with null match columns.
 * `version` names the column the check was stamped from: `updatedAt` for a listing waiting for review,
 * `pendingEditAt` for a published listing's waiting edit.
 */
export function storedDuplicatesSql(pendingIds: string[], version: "updatedAt" | "pendingEditAt" = "updatedAt"): Prisma.Sql {
  const current = version === "updatedAt" ? Prisma.sql`p."updatedAt"` : Prisma.sql`p."pendingEditAt"`;
  return Prisma.sql`
    SELECT p."id" AS "pendingId", COALESCE(k."listingUpdatedAt" = ${current}, false) AS "fresh",
           o."id", o."slug", o."title", o."status", o."closedAt", o."companyId", c."name" AS "companyName",
           m."similarity", m."repost"
      FROM "Listing" p
      LEFT JOIN "ListingDuplicateCheck" k ON k."listingId" = p."id"
      LEFT JOIN "ListingDuplicateMatch" m ON m."pendingListingId" = p."id"
      LEFT JOIN "Listing" o ON o."id" = m."matchedListingId"
      LEFT JOIN "Company" c ON c."id" = o."companyId"
     WHERE p."id" IN (${Prisma.join(pendingIds)})`;
}
