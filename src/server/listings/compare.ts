import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { compareRows, parseCompareIds, comparePath, type ComparedListing, type CompareRow } from "@/lib/compare-listings";
import { plural } from "@/lib/format";
import { listingFactsSelect } from "@/lib/listing-facts";
import { MAX_COMPARED_LISTINGS } from "@/lib/schemas/ids";
import { cachedFunction, reviveDate } from "@/server/cache/cached";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { readDb } from "@/server/db-read";
import { cardSelect, getRegionNames } from "@/server/listings/public";
import { goneListingWhere, liveListingWhere } from "@/server/listings/visibility";

// The data of /jobs/compare: the same for every visitor (decision 011), from the data cache under
// LISTINGS_TAG like the listing page's own read, so closing, expiring or approving an edit of a compared
// listing shows here as it does there.

// A card's fields (title, company, level, stated pay, eligibility) plus what a card leaves out.
const compareSelect = {
  ...cardSelect,
  annualUsdMin: true,
  annualUsdMax: true,
  expiresAt: true,
  ...listingFactsSelect,
} satisfies Prisma.ListingSelect;

const byRef = (refs: string[]): Prisma.ListingWhereInput => ({ OR: [{ id: { in: refs } }, { slug: { in: refs } }] });

// Keyed by the canonical set (sorted, distinct), so every order and spelling of one set shares an entry.
const findCompared = cachedFunction(
  async (key: string) => {
    const refs = key.split(",");
    const live = await readDb().listing.findMany({ where: { AND: [byRef(refs), liveListingWhere()] }, select: compareSelect });
    const named = new Set(live.flatMap((l) => [l.id, l.slug]));
    const missing = refs.filter((ref) => !named.has(ref));
    // Which of the rest were public once: "no longer open" rather than "not found" (the 410 of decision 008).
    const gone =
      missing.length === 0
        ? []
        : await readDb().listing.findMany({
            where: { AND: [byRef(missing), goneListingWhere()] },
            select: { id: true, slug: true },
          });
    return { live, gone: gone.flatMap((g) => [g.id, g.slug]) };
  },
  ["listing-compare-v1"],
  { tags: [LISTINGS_TAG], revalidate: 300 },
);

export type Comparison = {
  /** The comparison's one URL (distinct references, sorted). */
  path: string;
  /** The open listings, in the order of the references; a table needs at least two. */
  listings: ComparedListing[];
  rows: CompareRow[];
  /** What was asked for and is not shown, in words for the page. */
  notices: string[];
};

/** The comparison `?ids=` asks for. Never throws on what a visitor typed: what cannot be shown is a notice. */
export async function findComparison(raw: string | string[] | undefined, now: Date = new Date()): Promise<Comparison> {
  const request = parseCompareIds(raw);
  const path = comparePath(request.refs);
  const notices: string[] = [];
  if (request.invalid > 0) {
    notices.push(`${request.invalid} of the ids in this link ${request.invalid === 1 ? "is" : "are"} not valid and left out.`);
  }
  if (request.tooMany) {
    notices.push(
      `You can compare up to ${MAX_COMPARED_LISTINGS} roles at a time; this link names ${request.refs.length}. Pick fewer and compare again.`,
    );
    return { path, listings: [], rows: [], notices };
  }
  if (request.refs.length === 0) return { path, listings: [], rows: [], notices };

  const found = await findCompared(request.refs.join(","));
  const gone = new Set(found.gone);
  const listings: ComparedListing[] = [];
  let repeated = request.repeated;
  let closed = 0;
  let unknown = 0;
  for (const ref of request.refs) {
    const listing = found.live.find((l) => l.id === ref || l.slug === ref);
    // Expiry is time, not an event: a cached row may have lapsed since it was read.
    const expiresAt = listing ? reviveDate(listing.expiresAt) : null;
    if (!listing || !expiresAt || expiresAt <= now) {
      if (listing || gone.has(ref)) closed += 1;
      else unknown += 1;
    } else if (listings.some((l) => l.id === listing.id)) {
      repeated += 1; // named once by id and once by slug
    } else {
      listings.push(listing);
    }
  }
  if (repeated > 0) notices.push(`${plural(repeated, "role was", "roles were")} named twice; each is shown once.`);
  if (closed > 0) notices.push(`${closed} of these listings ${closed === 1 ? "is" : "are"} no longer open.`);
  if (unknown > 0) notices.push(`${unknown} of these listings could not be found.`);
  if (listings.length < 2) return { path, listings, rows: [], notices };
  return { path, listings, rows: compareRows(listings, await getRegionNames()), notices };
}
